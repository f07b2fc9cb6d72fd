"""Nothing nobody gave: links, e-mail addresses, phone numbers, prices, discounts, job titles, stray numbers.

The situation has no field for any of these, so they are flagged wherever they come from; a `reason` is only a
reason: its words may be echoed, but it never licenses an offer, a link, a contact or a number elsewhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

from composer.facts.issue import FactIssue
from composer.facts.surface import normalise
from composer.models import Language, Situation
from composer.facts.rx import rx

# A link: with its scheme or "www.", or a bare host name ("foreningen-skiss.netlify.app", "photos.app.goo.gl/Reis"):
# dotted labels ending in a lower-case top-level domain of a common kind, or any dotted host followed by a path.
# Abbreviations ("e.g.", "t.ex.", "p.es.", "d.w.z.") start with a one-letter label or end in no such domain.
_TLD = ("com|org|net|io|eu|fr|it|nl|se|be|ch|uk|de|dk|no|fi|es|pt|at|pl|lu|ie|is|ee|cz|info|biz|app|dev|me|co|gl|ly|ai|"
        "page|site|online|store|shop|link|cloud|tv|to|gg|xyz|tech|studio|email|live|blog|team|works|one|ws|li|so|sh|fm")
URL = re.compile(
    rf"(?<![\w@.])(?:https?://\S+|www\.\S+"
    rf"|[a-z0-9][\w-]+\.(?:[a-z0-9][\w-]*\.)*(?-i:{_TLD})(?![\w-])(?:/\S*)?"
    rf"|(?:[a-z0-9][\w-]*\.)+(?-i:[a-z]{{2,12}})/[\w/#?=&.%-]*\w)(?![\w@])",
    re.IGNORECASE,
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w])(?:\+|00)?\d[\d ().-]{6,}\d(?![\w])")
PRICE = re.compile(
    r"(?:[€$£]\s*\d[\d.,]*|\d[\d.,]*\s*(?:€|\$|£|eur\b|euro\b|euros\b|sek\b|kr\b|kronor\b|usd\b|gbp\b|chf\b|dollars?\b|pounds\b))",
    re.IGNORECASE,
)
DISCOUNT = {
    Language.en: r"(?:reduc\w*|lower\w*|cut\w*) (?:the|your|this) (?:fee|charge|price|invoice|rate)|discount\w*|\d+\s*% off|reduced (?:rate|price)|free (?:session|consultation|hour|meeting)|voucher|complimentary|waiv\w*|(?:as an|by way of) exception|half(?:-| )price|free (?:shipping|delivery|postage|upgrade|trial|lesson|class|month|week|coffee|drink)|(?:as|in|by way of) (?:a )?(?:compensation|goodwill gesture|gesture of goodwill)|to make (?:it|this) up to you|on the house",
    Language.fr: r"(?:rédui\w*|baiss\w*|diminu\w*) (?:les|vos|tes|la|le) (?:frais|montant|facture|tarif)|remises?|réductions?|rabais|geste commercial|offert\w*|gratuite?s? (?:séance|consultation)|bon d'achat|renonc\w* (?:aux|à) (?:frais|pénalité|acompte)\w*|à titre exceptionnel|(?:à )?moitié prix|demi-tarif|à demi-tarif|(?:en|à titre de|comme|pour) (?:compensation|dédommagement)|pour (?:vous|te) dédommager|(?:livraison|expédition) gratuite|(?:frais de (?:port|livraison)) offerts|aux frais de la maison",
    Language.it: r"(?:ridurre|ridurr\w*|abbass\w*|dimezz\w*) (?:la|le|il|i) (?:penale|costi|importo|tariffa|fattura)|scont\w*|riduzion\w*|omaggio|in regalo|gratuit\w* (?:sessione|consulenza)|buon[oi] (?:sconto|regalo|acquisto)|(?:un|il|del|uno|dei|i|\d+) buon[oi](?= (?:da|di|del|per|sul|sulla|valido))|rinunc\w*(?: \w+){0,2} (?:penale|acconto|costi)|in via eccezionale|abbuon\w*|condon\w*|(?:a )?metà prezzo|a prezzo dimezzato|prezzo dimezzato|mezzo prezzo|(?:come|a titolo di|per) (?:compensazione|risarcimento)|per (?:farci|farmi) perdonare|(?:spedizione|consegna) gratuita|offre la casa",
    Language.nl: r"(?:verlaag\w*|verminder\w*|halveer\w*) (?:de|uw|je) (?:kosten|factuur|vergoeding|tarief)|korting\w*|gratis (?:sessie|consult\w*|gesprek)|tegoedbon|cadeau|kwijtschel\w*|bij (?:wijze van )?uitzondering|coulance|(?:voor )?de halve prijs|halve prijs|half geld|(?:als|ter) (?:compensatie|goedmaker(?:tje)?|genoegdoening)|gratis (?:verzending|bezorging|levering|verzendkosten)|van het huis",
    Language.sv: r"(?:sänk\w*|minska\w*|halvera\w*) (?:avgiften|kostnaden|fakturan|priset|arvodet)|rabatt\w*|gratis (?:session|konsultation|möte)|presentkort|kostnadsfri (?:session|konsultation)|efterskänk\w*|avstå\w* från (?:avgift|handpenning)\w*|som ett undantag|(?:till )?halva priset|halvt pris|som (?:kompensation|plåster på såren|gottgörelse)|(?:fri|gratis) (?:frakt|leverans)|bjuder (?:vi|jag) på",
}
JOB_TITLES = (
    r"ceo|cfo|cto|coo|director|manager|head of|consultant|partner|founder|president|vice president|assistant|advisor|"
    r"directeur|directrice|responsable|gérant\w*|conseill\w*|fondat\w*|associé\w*|"
    r"direttore|direttrice|responsabile|amministratore delegato|titolare|socio|consulente|"
    r"directeur|bedrijfsleider|adviseur|eigenaar|oprichter|accountmanager|"
    r"vd|chef|ansvarig|rådgivare|grundare|delägare|kundansvarig|säljchef|"
    r"presidente|président\w*|voorzitter|ordförande|secretary|treasurer|chair(?:man|woman|person)?|segretari[oa]|tesorier[ea]|"
    r"secrétaire|trésori\w*|secretaris|penningmeester|sekreterare|kassör|coordinat\w*|coördinator|samordnare"
)


# Money words that make a word with several senses a discount: "une remise de 10 %", "remise des frais".
_MONEY_OBJECT = r"(?:\d|[€$£]|moiti|tiers|metà|terzo|helft|hälft|half|frais|pénalit|acompte|factur|dette|montant|tarif|somm|prix|coût|penal|accont|cost|import|prezz|fee|charge|price|invoice|bill|kosten|vergoed|prijs|avgift|kostnad|pris|arvode)"
# A word that is a discount only in some senses is judged by its context, in every language: its other senses
# are these phrases ("ce n'est que partie remise", "la remise des clés / du rapport", "la réduction de la durée",
# "l'occasion qui m'est offerte", "riduzione della durata", "rendere omaggio", "non è scontato", "dat is geen
# cadeau", "rensa rabatten" (a flower bed), "if you have a free hour", "we can't discount the risk"). A discount word inside one of them
# offers nothing; the same word before a number or a money term ("remise de 10 %", "remise des frais") still does.
OTHER_SENSE = {
    Language.en: r"(?:can't|cannot|can not|won't|wouldn't|shouldn't|don't|not|never) discount|discount(?:ing|ed)? (?:the|that|this|any|a|an) (?:possibility|idea|option|chance|risk|view|concern)\w*|(?:have|has|had|got|find|found|get) (?:a |an |one |any )?free (?:hour|session|meeting)|(?:reduc\w*|cut\w*|lower\w*) (?:the|this|our|your) (?:meeting|session|call|time|length|duration|agenda)",
    Language.fr: rf"(?:occasion|opportunité|possibilité|chance|poste|vue|perspective)s? (?:qui (?:m'|t'|nous |vous |lui |leur )?(?:est |sont |a été |ont été |était |sera |s'est |se sont )?)?offerte?s?|partie remise|remis(?:e|es)? (?:à plus tard|à demain|à jour|en (?:main|état|question|cause|forme|route|place|ordre|mains))|remises? (?:d'|de l'|(?:des|du|de la|de)\s+)(?!{_MONEY_OBJECT})\w+|réductions? (?:d'|de l'|(?:des|du|de la|de)\s+)(?!{_MONEY_OBJECT})\w+",
    Language.it: rf"(?:per|è|non è|era|sia|sembra|niente di|nulla di|affatto|così) scontat[oaie]|riduzion[ei] (?:dell'|(?:della|del|dello|dei|delle|degli|di)\s+)(?!{_MONEY_OBJECT})\w+|(?:rendere|rendo|rendiamo|rende|reso|porgo|porgere|porgiamo|miei|nostri|i miei|i nostri) omaggi?\w*",
    Language.nl: r"(?:geen|niet (?:echt |bepaald )?een) cadeau",
    Language.sv: r"(?:i|ur|till|kring|runt|längs) (?:den |hela |våra |era |dina |mina |nya )?rabatt(?:en|erna|er)\b|(?:plantera|gräva|rensa|anlägga|ansa|vattna|rabatt)\w* (?:om |upp )?(?:i )?(?:den |en |nya |hela |våra |era )?rabatt(?:en|erna|er)?\b",  # a flower bed
}
# "By way of exception" offers something only in a sentence about money or an offer ("bij uitzondering bied ik u
# ... aan"); "bij uitzondering werk ik die week thuis", "à titre exceptionnel, le cabinet ferme à 16 h" offer nothing.
_EXCEPTION = re.compile(r"(?:as an|by way of) exception|à titre exceptionnel|in via eccezionale|bij (?:wijze van )?uitzondering|som ett undantag", re.IGNORECASE)


def _other_sense(s: Situation, text: str, m: re.Match[str]) -> bool:
    """The discount word stands inside one of its other senses (a hand-over, a shortening, a tribute, a free hour),
    or it is an exception said in a sentence with no money and no offer in it."""
    if _EXCEPTION.fullmatch(m.group(0)):
        from composer.facts import numbers

        a = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        ends = [i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0]
        sentence = text[a : min(ends) if ends else len(text)]
        lang = s.language
        money = "|".join((OFFER[lang], numbers.PAY_TERMS[lang], numbers.FEE_TERMS[lang], numbers.DEPOSIT_TERMS[lang], numbers.REFUND_TERMS[lang], numbers.FREE_PHRASES[lang]))
        return not rx(rf"(?<!\w)(?:{money})(?!\w)|\d|[€$£%]", re.IGNORECASE).search(sentence)
    return any(o.start() <= m.start() < o.end() for o in rx(rf"(?<!\w)(?:{OTHER_SENSE[s.language]})", re.IGNORECASE).finditer(text))


_HALF_PRICE = re.compile(r"half(?:-| )price|(?:à )?moitié prix|demi-tarif|(?:a )?metà prezzo|mezzo prezzo|prezzo dimezzato|(?:de )?halve prijs|half geld|(?:till )?halva priset|halvt pris", re.IGNORECASE)


def _half_is_the_fee(s: Situation, text: str, m: re.Match[str]) -> bool:
    """Half price charged as the given policy (fee or deposit 50%) in a sentence that states a payment: the
    policy in words, which check_numbers binds to its term, not a discount."""
    from composer.facts import numbers

    if not _HALF_PRICE.search(m.group(0)) or s.policy is None or 50 not in (s.policy.fee_percent, s.policy.deposit_percent):
        return False
    a = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    nl = text.find("\n", m.end())
    b = min(nl if nl >= 0 else len(text), m.end() + 60)
    return bool(rx(rf"(?<!\w)(?:{numbers.PAY_TERMS[s.language]})(?!\w)", re.IGNORECASE).search(text[a:b]))


def _given(s: Situation, *, with_reason: bool = False) -> str:
    parts = [s.recipient_name, s.sender_name, s.colleague_name, s.meeting, s.meeting_time, *s.proposed_times]
    if with_reason:
        parts.append(s.reason)
    return normalise("\n".join(p for p in parts if p))


# A session said to be free ("the next session is free", "la prochaine séance sera offerte", "de volgende sessie is
# gratis"): an offer like the words above; kept apart, behind a cheap screen for the free-words, for speed.
FREE_SESSION = {
    Language.en: r"(?:session|lesson|class|visit|consultation|call|tasting|meeting|appointment) (?:is|will be|would be) (?:free|on us|on the house)",
    Language.fr: r"(?:séance|consultation|visite|dégustation|leçon|cours|rendez-vous|réunion) (?:est|sera|serait) (?:gratuite?|offerte?)",
    Language.it: r"(?:sessione|lezione|visita|consulenza|degustazione|incontro|riunione) (?:è|sarà|sarebbe) (?:gratuit[ao]|in omaggio|offert[ao])",
    Language.nl: r"(?:sessie|les|bezoek|consult|gesprek|proeverij|afspraak|vergadering) (?:is|wordt|zou) (?:gratis|kosteloos)",
    Language.sv: r"(?:sessionen|lektionen|besöket|provningen|mötet|samtalet|passet) (?:är|blir) (?:gratis|kostnadsfri|kostnadsfritt)",
}
# A share taken off a price ("a third off", "un tiers de moins", "un terzo in meno", "een derde eraf", "en tredjedel
# billigare") and a free one every so many ("a free lesson with every ten", "une séance offerte toutes les dix", "una
# lezione gratuita ogni dieci", "elke tiende les gratis", "var tionde lektion gratis"): offers said without the
# discount word.
SHARE_OFF = {
    Language.en: r"(?:a|one|two) (?:third|quarter|fifth|tenth|half)s? off|half off|every (?:\w+ )?(?:\w+ )?(?:session|lesson|class|visit|hour)s? (?:is |are |will be )?(?:free|on us|on the house)|(?:a|one) free (?:session|lesson|class|visit|hour) (?:with |for )?every \w+",
    Language.fr: r"(?:un|une|deux) (?:tiers|quarts?|cinquièmes?|dixièmes?|moitié) (?:de moins|en moins)|(?:séance|leçon|consultation|visite|heure|cours)s? gratuite?s? (?:toutes les|tous les|pour|sur) \w+|(?:chaque|toute|tous les) \w+ (?:séance|leçon|visite|heure|cours)s? (?:est |sont |sera )?(?:gratuite?s?|offerte?s?)",
    Language.it: r"(?:un|una|due) (?:terz[oi]|quart[oi]|quint[oi]|decim[oi]|metà) in meno|(?:sessione|lezione|visita|consulenza|ora)(?: \w+)? gratuit[aoie] (?:ogni|su|per ogni) \w+|ogni \w+ (?:sessione|lezione|visita|ora) (?:è |sarà )?(?:gratuit[ao]|in omaggio|offert[ao])",
    Language.nl: r"(?:een|één|twee) (?:derde|kwart|vijfde|tiende) (?:eraf|eraf gehaald|minder|van de prijs af)|(?:elke|iedere) \w+ (?:sessie|les|keer|bezoek|uur) (?:is |wordt )?(?:gratis|kosteloos)|(?:een )?gratis (?:sessie|les|bezoek|uur) (?:per|op elke|bij elke) \w+",
    Language.sv: r"(?:en|ett|två) (?:tredjedel|fjärdedel|femtedel|tiondel)(?:ar)? (?:billigare|lägre|av priset|rabatt)|(?:var|varje) \w+ (?:session|lektion|gång|besök|timme) (?:är |blir )?(?:gratis|kostnadsfri|kostnadsfritt)|(?:en )?gratis (?:session|lektion|timme) (?:per|för varje|på varje) \w+",
}
_FREE_WORD = re.compile(r"free|on us|house|gratui|offert|omaggio|gratis|kosteloos|kostnadsfri", re.IGNORECASE)


@lru_cache(maxsize=8)
def _discount(language: Language) -> re.Pattern[str]:
    return rx(rf"(?<!\w)(?:{DISCOUNT[language]})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=8)
def _free_session(language: Language) -> re.Pattern[str]:
    return rx(rf"(?<!\w)(?:{FREE_SESSION[language]})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=8)
def _share_off(language: Language) -> re.Pattern[str]:
    return rx(rf"(?<!\w)(?:{SHARE_OFF[language]})(?!\w)", re.IGNORECASE)


_OFF_WORD = re.compile(r"\boff\b|moins|meno|eraf|minder|prijs af|billigare|lägre|priset|rabatt|gratui|offert|omaggio|gratis|kosteloos|kostnadsfri|free|on us|house", re.IGNORECASE)


def _offers(language: Language, text: str) -> list[re.Match[str]]:
    found = list(_discount(language).finditer(text))
    if _FREE_WORD.search(text):
        found = [*found, *_free_session(language).finditer(text)]
    if _OFF_WORD.search(text):
        found = [*found, *(m for m in _share_off(language).finditer(text) if not any(f.start() <= m.start() < f.end() or m.start() <= f.start() < m.end() for f in found))]
    return sorted(found, key=lambda m: m.start())


_JOB_TITLE = re.compile(rf"(?<!\w)(?:{JOB_TITLES})(?!\w)", re.IGNORECASE)


def _in_meeting_name(s: Situation, word: str) -> bool:
    """The offer word is a word of the meeting's name (inflected alike up to its ending): it names the topic."""
    if not s.meeting:
        return False
    title = rx(r"[^\W\d_]+").findall(normalise(s.meeting))

    def named(w: str) -> bool:
        stem = w[: max(5, len(w) - 3)]
        return any(t == w or (len(w) >= 6 and t.startswith(stem)) for t in title)

    said = rx(r"[^\W\d_]+").findall(normalise(word))
    return bool(said) and all(named(w) for w in said)


def check_contacts(s: Situation, text: str, skip: list[tuple[int, int]] = ()) -> list[FactIssue]:
    """Links, addresses, phones, prices, discounts and job titles the situation does not give.

    `skip` holds the spans of time mentions, so "10.00 - 11.00" is never read as a phone number."""
    given = _given(s)
    out: list[FactIssue] = []
    taken: list[tuple[int, int]] = list(skip)
    for kind, pattern, what in (("contact", EMAIL, "e-mail address"), ("contact", URL, "link"), ("contact", PHONE, "phone number"), ("invented", PRICE, "price")):
        for m in pattern.finditer(text):
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
                continue
            found = m.group(0).rstrip(".,;:)")
            if kind == "contact" and what == "phone number" and not _phone_like(found):
                continue
            if normalise(found) in given:
                continue
            taken.append((m.start(), m.end()))
            out.append(FactIssue(kind, f"{what} {found!r} is not in the situation; remove it", (m.start(), m.start() + len(found))))
    for m in _offers(s.language, text):
        if _reason_mentioned(s, text, m):
            continue  # "I noted your request for a discount": the reason, mentioned, not an offer
        if _other_sense(s, text, m):
            continue  # "ce n'est que partie remise", "la remise du rapport": the word's other sense, no offer
        if _half_is_the_fee(s, text, m):
            continue  # "debiteras med halva priset, dvs. 50 %" with a given fee of 50%: the policy charged, no offer
        if _in_meeting_name(s, m.group(0)):
            continue  # "plantera rabatterna" for "Plantering av rabatterna" (flower beds): the meeting's own word, its topic
        out.append(FactIssue("invented", f"{m.group(0)!r}: nobody offered a discount, a waiver or anything free; remove the offer", (m.start(), m.end())))
        break
    for m in _JOB_TITLE.finditer(text):
        if normalise(m.group(0)) in given:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start : text.find("\n", m.end()) if "\n" in text[m.end() :] else len(text)]
        # a job title matters in the signature block; "partner" or "manager" in prose may be generic
        if _in_signature(text, m.start()) and (normalise(s.sender_name) in normalise(line) or len(line.split()) <= 5):
            out.append(FactIssue("invented", f"job title {m.group(0)!r} is not in the situation; sign with the name only", (m.start(), m.end())))
            break
    out += _signature_extras(s, text)
    return out


# Words that turn a mention into an offer: "we offer / grant / give you a discount".
OFFER = {
    Language.en: r"offer\w*|give|giving|grant\w*|apply|applied|take \w+ off|happy to",
    Language.fr: r"offr\w*|offert\w*|accord\w*|propos\w*|appliqu\w*|consent\w*|fais|ferons",
    Language.it: r"offr\w*|offert\w*|conced\w*|concess\w*|propon\w*|propost\w*|applic\w*|riconosc\w*|fare(?:mo)?",
    Language.nl: r"bied\w*|geboden|geef|geven|verleen\w*|toepass\w*|pas \w+ toe|gun\w*",
    Language.sv: r"erbjud\w*|ger|ge|ge dig|bevilja\w*|tillämpa\w*|bjuder",
}


NEGATION = {
    Language.en: r"not|cannot|can't|won't|unable|no|never",
    Language.fr: r"ne|n'|pas|aucun\w*|jamais",
    Language.it: r"non|nessun\w*|mai",
    Language.nl: r"niet|geen|nooit",
    Language.sv: r"inte|ej|ingen|inga|aldrig",
}


def _reason_mentioned(s: Situation, text: str, m: re.Match[str]) -> bool:
    """The offer word comes from the reason (its stem is there) and its sentence offers nothing: no number, no offer verb."""
    reason = normalise(s.reason or "")
    stem = normalise(m.group(0))[:5]
    if not reason or stem not in reason:
        return False
    start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0]
    sentence = text[start : min(ends) if ends else len(text)]
    if rx(r"\d").search(sentence):
        return False
    offers = list(rx(rf"(?<!\w)(?:{OFFER[s.language]})(?!\w)", re.IGNORECASE).finditer(sentence))
    # "we cannot offer one", "je ne peux pas y donner suite": an offer refused is the reason answered, not an offer made
    return all(rx(rf"(?<!\w)(?:{NEGATION[s.language]})(?!\w)", re.IGNORECASE).search(sentence[max(0, o.start() - 30) : o.start()]) for o in offers)


def _phone_like(found: str) -> bool:
    digits = rx(r"\D").sub("", found)
    return len(digits) >= 8 and not rx(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}").fullmatch(found.strip())


def _in_signature(text: str, pos: int) -> bool:
    lines = text.rstrip().splitlines()
    tail_start = len(text.rstrip()) - sum(len(x) + 1 for x in lines[-3:])
    return pos >= tail_start


def _signature_extras(s: Situation, text: str) -> list[FactIssue]:
    """Lines after the sender's name at the end (title, company, phone block) that nobody gave."""
    lines = text.rstrip().splitlines()
    sender = normalise(s.sender_name)
    for i in range(len(lines) - 1, max(-1, len(lines) - 5), -1):
        if sender in normalise(lines[i]):
            extra = [x.strip() for x in lines[i + 1 :] if x.strip()]
            if extra:
                start = text.find(extra[0], sum(len(x) + 1 for x in lines[: i + 1]))
                return [FactIssue("invented", f"signature block adds {extra[0]!r}, which is not in the situation; end with the name only", (start, start + len(extra[0])) if start >= 0 else None)]
            rest = normalise(lines[i]).replace(sender, " ")
            rest = rx(r"[\s,.;:|–—-]+").sub(" ", rest).strip()
            if len(rest.split()) >= 2 and rest not in _given(s):
                return [FactIssue("invented", f"signature line adds {rest!r} to the name; end with the name only", None)]
            return []
    return []


_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w]|[.,]\d)")


def check_stray_numbers(s: Situation, text: str, covered: list[tuple[int, int]]) -> list[FactIssue]:
    """Numbers outside the time mentions and policy terms already judged, that no field gives.

    A number from the reason is allowed only where the reason is echoed around it (its neighbouring word too).
    """
    from composer.facts.surface import situation_text

    base = normalise(situation_text(s.model_copy(update={"reason": None})))
    allowed = set(rx(r"\d+(?:[.,]\d+)?").findall(base))
    allowed |= {a.replace(",", ".") for a in allowed} | {a.replace(".", ",") for a in allowed}
    # numbers a name or the meeting's title gives ("Room 12 walkthrough") may stand anywhere; a given time, length
    # or policy number stands for that value, not for a count of things
    named = "\n".join(p for p in (s.recipient_name, s.sender_name, s.meeting, s.colleague_name) if p)
    untimed = set(rx(r"\d+(?:[.,]\d+)?").findall(normalise(named)))
    reason = normalise(s.reason or "")
    out: list[FactIssue] = []
    norm_text = text
    for m in _NUMBER.finditer(norm_text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        n = m.group(0)
        if (n in allowed or n.replace(",", ".") in allowed) and not _counts_things(s, norm_text, m, untimed):
            continue
        if rx(r"[.)]\s").match(norm_text[m.end() : m.end() + 2]) and not norm_text[: m.start()].split("\n")[-1].strip():
            continue  # "1. " / "2) " opening a line: a list marker, not a fact
        if _option_label(s, norm_text, m) or _option_count(s, norm_text, m):
            continue  # "Option 1:", "1) ... 2) ...", "these 2 slots": the mail's own list of the given times
        if reason and _echoes_reason(norm_text, m, reason):
            continue
        out.append(FactIssue("number", f"number {n} is not in the situation; remove it", (m.start(), m.end())))
    return out


# Nouns that name one of the offered times ("Option 1", "Optie 2", "Alternativ 1"), and that count them ("2 slots").
_OPTION_WORDS = (r"options?|alternatives?|choices?|proposals?|slots?|dates?|times?|choix|propositions?|créneaux|créneau|possibilités?|dates?|"
                 r"opzion[ei]|alternativ[ae]|propost[ae]|scelt[ae]|date|orari|opties?|keuzes?|voorstel(?:len)?|alternatieven|alternatief|"
                 r"mogelijkheden|momenten|tijdstippen|data|alternativ(?:en)?|förslag(?:en)?|tider(?:na)?|datum")
_LABEL_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{_OPTION_WORDS})\s*(?:n[°o.]\s*)?$")


def _option_label(s: Situation, text: str, m: re.Match[str]) -> bool:
    """A small number that labels one of the offered times: "Option 1:", "(2)", "1)" within a line."""
    n = m.group(0)
    if not n.isdigit() or not 1 <= int(n) <= max(2, len(s.proposed_times)) or not s.proposed_times:
        return False
    before, after = text[max(0, m.start() - 16) : m.start()], text[m.end() : m.end() + 2]
    if _LABEL_BEFORE.search(before) and rx(r"\s*[:.)\-–]|\s").match(after or " "):
        return True
    return bool(rx(r"\)").match(after) and (before.endswith("(") or rx(r"(?:^|[\s:;,])$").search(before)))


def _option_count(s: Situation, text: str, m: re.Match[str]) -> bool:
    """The number of offered times, counting them ("2 options", "ces 2 créneaux", "deze 2 momenten")."""
    n = m.group(0)
    return n.isdigit() and int(n) == len(s.proposed_times) >= 2 and rx(rf"(?i)\s+(?:\w+\s+)?(?:{_OPTION_WORDS})(?!\w)").match(text[m.end() : m.end() + 30]) is not None


# Words that may follow a number of a given time and keep it a time ("le 28 mai", "14 uur", "alle 14 di venerdì").
_TIME_WORDS = re.compile(
    r"(?:h|heures?|uhr|uur|ore|ora|timmar|hours?|min\w*|am|pm|o'clock|di|del|de|du|och|and|et|e|en|ed|eller|or|ou|o|of|"
    r"at|à|alle|om|kl|klockan|on|op|på|le|la|il|the|te|to|a|till|tot|fino|jusqu\w*|in|i|st|nd|rd|th|er|e|ème|sta|ste|de|"
    r"morning|afternoon|evening|matin|soir|après-midi|mattina|pomeriggio|sera|ochtend|middag|avond|morgonen|eftermiddagen|kvällen|"
    r"percent|pourcent|pour|cent|per|procent|procents|heure|timme|timmars|timmes|uren|days?|jours?|giorni|giorno|dagen|dag|dagar|dagars|dygn|"
    r"weeks?|semaines?|settimane|weken|veckor|veckors|minuter|minuten|minuti|minuutjes)$",
    re.IGNORECASE,
)


def _counts_things(s: Situation, text: str, m: re.Match[str], untimed: set[str]) -> bool:
    """A number known only from a given time, written as a count of things ("14 ordini" when the meeting is at
    14:00): the value is a time's, the fact stated is a quantity nobody gave."""
    from composer.facts import times

    n = m.group(0)
    if n in untimed or n.replace(",", ".") in untimed:
        return False
    word = rx(r"[ \t\u00a0]+([^\W\d_]{4,})").match(text[m.end() : m.end() + 30])
    if word is None:
        return False
    w = word.group(1).lower()
    return not (_TIME_WORDS.match(w) or w in times._MONTHS or w in times._WEEKDAYS or w[:3] in {k[:3] for k in times._MONTHS})


def _echoes_reason(text: str, m: re.Match[str], reason: str) -> bool:
    n = m.group(0)
    for r in rx(rf"(?<![\d.,]){re.escape(n)}(?![\d])").finditer(reason):
        before = reason[: r.start()].split()[-1:] or [""]
        after = reason[r.end() :].split()[:1] or [""]
        t_before = normalise(text[: m.start()]).split()[-1:] or [""]
        t_after = normalise(text[m.end() :]).split()[:1] or [""]
        if (before[0] and before == t_before) or (after[0] and after[0].strip(".,") == t_after[0].strip(".,")):
            return True
    return False
