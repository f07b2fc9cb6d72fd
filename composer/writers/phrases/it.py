"""Italian for the built-in writer (sentence table and grammar hooks): "Lei" with capitalised courtesy forms when formal,
"tu" when friendly, and no word that agrees in gender with sender or recipient (both unknown).

Free text typed by the user (meeting, reason) is inserted with constructions that stay grammatical
whatever it starts with: articles are contracted with prepositions only when we can see them, and a
meeting given without an article is quoted as a title.
"""

from __future__ import annotations

from dataclasses import replace

import re

from typing import Any

from composer.models import ClientMove, Intent, Language, Policy
from composer.names import colleague, parse_name
from composer.writers import reasons, when
from composer.writers.plan import Plan, notice_span, num
from composer.writers.when import plain as _plain_time  # (`slots` has a local named `when`)

# --------------------------------------------------------------------------------------------
# Articles and prepositions
# --------------------------------------------------------------------------------------------

_APOS = "'\u2019"

# Preposition + article -> articulated preposition. "per" and "con" are not contracted in modern use.
_CONTRACT: dict[str, dict[str, str]] = {
    "di": {"il": "del", "lo": "dello", "la": "della", "l'": "dell'", "i": "dei", "gli": "degli", "le": "delle"},
    "a": {"il": "al", "lo": "allo", "la": "alla", "l'": "all'", "i": "ai", "gli": "agli", "le": "alle"},
    "su": {"il": "sul", "lo": "sullo", "la": "sulla", "l'": "sull'", "i": "sui", "gli": "sugli", "le": "sulle"},
    "in": {"il": "nel", "lo": "nello", "la": "nella", "l'": "nell'", "i": "nei", "gli": "negli", "le": "nelle"},
    "da": {"il": "dal", "lo": "dallo", "la": "dalla", "l'": "dall'", "i": "dai", "gli": "dagli", "le": "dalle"},
}
_DEFINITE = ("il", "lo", "la", "i", "gli", "le")
_INDEFINITE = ("un", "uno", "una")
# Articulated "di" forms and bare "di" (partitives: "dei problemi tecnici") already carry the "di".
_WITH_DI = ("del", "dello", "della", "dei", "degli", "delle", "di")

# Nouns that name a meeting themselves: "la riunione di avvio" is used as it is, not as
# "l'incontro per la riunione di avvio".
# Nouns that name a meeting or an event themselves, with their gender, so an article can be given to
# "cena di gala" ("la cena di gala", "alla cena di gala") instead of wrapping it in another "incontro".
_GENDER: dict[str, str] = {
    **dict.fromkeys(
        "incontro incontri meeting appuntamento colloquio workshop seminario sopralluogo pranzo aperitivo evento "
        "kick-off kickoff servizio shooting audit convegno congresso briefing debriefing punto allineamento "
        "confronto tavolo webinar corso check-in comitato consiglio offsite ritiro summit aggiornamento follow-up "
        "evento brainstorming coaching rinfresco brindisi viaggio forum hackathon stand-up open colloquio "
        "massaggio trattamento trattamenti corso corsi torneo podcast webinar inventario rilievo taglio "
        "ripasso ripassi doposcuola recupero tutoraggio check sal catch-up".split(), "m"),
    **dict.fromkeys(
        "riunione riunioni call videochiamata videocall chiamata telefonata sessione presentazione demo consulenza "
        "visita cena colazione conferenza revisione review fiera festa inaugurazione cerimonia verifica analisi "
        "formazione degustazione serata giornata assemblea convention trasferta cerimonia mattinata masterclass "
        "commissione intervista discussione conversazione pausa lezione lezioni seduta sedute prova perizia "
        "valutazione registrazione premiazione piega acconciatura fisioterapia riprese ora chiacchierata "
        "chiamatina retrospettiva".split(), "f"),
    # Things and events that are named by themselves ("al concerto di beneficenza", "il rogito"), never
    # "il nostro incontro sul concerto".
    **dict.fromkeys(
        "concerto caffè rogito spettacolo vernissage matrimonio battesimo compleanno drink apericena "
        "laboratorio allenamento controllo esame trasloco colore massaggio sopralluogo tour giro "
        "concerti spettacoli allenamenti controlli".split(), "m"),
    **dict.fromkeys(
        "partita mostra gita escursione firma consegna degustazione prova ripresa visita lezione "
        "partite mostre gite escursioni prove".split(), "f"),
}
_MEETING_NOUNS = frozenset(_GENDER)
_PLURAL = frozenset("incontri riunioni lezioni sedute riprese corsi trattamenti concerti spettacoli allenamenti controlli partite mostre gite escursioni prove".split())


def _split_article(text: str) -> tuple[str, str]:
    """('la', 'revisione ...') / ("l'", 'analisi ...') / ('', text) when no article leads."""
    m = re.match(rf"^(l)[{_APOS}](?=\w)", text, re.IGNORECASE)
    if m:
        return "l'", text[2:]
    m = re.match(rf"^(un)[{_APOS}](?=\w)", text, re.IGNORECASE)
    if m:
        return "un'", text[3:]
    first, _, rest = text.partition(" ")
    if rest and first.lower() in _DEFINITE + _INDEFINITE:
        return first.lower(), rest
    return "", text


def _with_prep(prep: str, article: str, rest: str) -> str:
    """'a' + 'la' + 'revisione' -> 'alla revisione'; 'di' + 'un' + 'impegno' -> 'di un impegno'."""
    if not prep:
        art = article
    elif article in _CONTRACT.get(prep, {}):
        art = _CONTRACT[prep][article]
    else:
        art = f"{prep} {article}"
    return f"{art}{rest}" if art.endswith("'") else f"{art} {rest}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# --------------------------------------------------------------------------------------------

# --------------------------------------------------------------------------------------------
# The reason
# --------------------------------------------------------------------------------------------

_PRONOUN_START = re.compile(r"^(io|noi|tu|voi|lui|lei|loro|non|mi|ci|si)\b", re.IGNORECASE)
_FINITE = re.compile(
    r"(?<!\w)(è|e'|c'è|sono|sei|siamo|siete|ho|hai|ha|abbiamo|avete|hanno|devo|devi|deve|dobbiamo|"
    r"dovete|devono|posso|puoi|può|possiamo|potete|possono|sto|stai|sta|stiamo|stanno|vado|vai|va|"
    r"andiamo|vanno|ero|eri|era|eravamo|erano|avevo|aveva|avevamo|avevano|dovevo|doveva|dovevamo|"
    r"sarò|sarà|saremo|saranno|avrò|avrà|avremo|avranno|dovrò|dovrà|dovremo|dovranno|potrò|potrà|"
    r"riesco|riesce|riusciamo|riescono|faccio|facciamo|fanno|manca|mancano|serve|servono|"
    r"parto|partiamo|rientro|rientra|torno|torna|resta|restano|rimane|rimangono|cambia|cambiano|"
    r"\w+(?:eremo|iremo|eranno|iranno|iamo)"
    r"|(?<!una )(?<!la )(?<!in )(?<!da )(?<!di )(?<!gran )parte)(?!\w)",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"(?<!\w)(che|cui|quale|quali)(?!\w)", re.IGNORECASE)
# The reason already brings its own connective.
_CONNECTIVE = re.compile(
    r"^(perché|perche'|poiché|poiche'|siccome|dato che|visto che|in quanto|a causa|per via|per(?!\s+(?:ora|adesso|il momento|questa volta|quest|sempre|fortuna))|causa)\b",
    re.IGNORECASE,
)
# A clause in the first person: for a client's reason it cannot follow "perché" in our sentence.
_FIRST_PERSON = re.compile(
    r"^(?:(?:io|noi)\s+)?(?:non\s+)?(?:mi\s+|ci\s+)?"
    r"(devo|dobbiamo|ho|abbiamo|sono|siamo|posso|possiamo|sto|stiamo|vado|andiamo|avevo|avevamo|"
    r"dovevo|dovevamo|ero|eravamo|riesco|riusciamo|faccio|facciamo|parto|partiamo|torno|rientro|"
    r"sarò|saremo|avrò|avremo|dovrò|dovremo|potrò|potremo)(?!\w)"
    r"|^(io|noi)(?!\w)",
    re.IGNORECASE,
)


def _clean(reason: str) -> str:
    return reason.strip().rstrip(".!;:")


# Words that often open a reason and are never names: they lose a leading capital.
_COMMON_OPENERS = frozenset(
    "il lo la i gli le un uno una di da in con su per tra fra a non io noi tu voi lui lei loro mi ti ci "
    "vi si ne c'è ieri oggi domani stamattina stasera purtroppo improvvisamente ancora anche proprio "
    "abbiamo ho ha hanno devo dobbiamo deve sono siamo è posso possiamo sto stiamo "
    "perché perche poiché siccome dato visto causa quest questo questa quel quello quella questanno "
    "metà tutto tutta tutti tutte molti molte alcuni alcune nessuno parte personale squadra ufficio colleghi collega "
    "nostro nostra nostri nostre mio mia miei mie "
    # a time or place typed first ("Alle 16 parto per Roma."): never a name, so lowered mid-sentence (native review v15)
    "al allo alla alle ai agli dal dallo dalla dalle dai dagli nel nello nella nelle nei negli sul sulla sulle sui "
    "dopo prima entro verso lunedì martedì mercoledì giovedì venerdì sabato domenica stanotte stamani "
    "stavolta".split()
)


def _lower_first(text: str) -> str:
    """Lower-case a leading capital, unless it looks like a name or an acronym.

    'Un impegno imprevisto' -> 'un impegno imprevisto'; 'Problemi di salute' -> 'problemi di salute';
    'Mario è malato' and 'IBM ha convocato...' keep their capital.
    """
    text = _clean(text)
    words = text.split(" ")
    first = words[0]
    letters = [c for c in first if c.isalpha()]
    if not letters or not first[:1].isupper():
        return text
    if len(letters) > 1 and (all(c.isupper() for c in letters) or any(c.isupper() for c in first[1:])):
        return text  # acronym or inner capitals (IBM, CdA, McKinsey)
    bare = re.split(rf"[{_APOS}]", first.lower())[0]
    if first.lower() not in _COMMON_OPENERS and bare not in _COMMON_OPENERS:
        if len(words) > 1 and words[1][:1].isupper():
            return text  # a proper name of several words (Milano Design Week)
        if _FINITE.search(text):
            return text  # an unknown capitalised subject is most likely a name (Mario è malato)
    return text[:1].lower() + text[1:]


_CLITIC = frozenset("ti vi gli le lo la ne mi ci si".split())
_AFTER_VERB = frozenset("il lo la i gli le un uno una a in con per da su tutto tutti tutte qui lì ancora già solo subito".split())


def _verb_first(reason: str) -> bool:
    """A first-person verb typed without its subject ("resto a casa cinque mesi", "Le mando le condizioni"): a
    word in -o (after a clitic) followed by an article or a preposition is a verb, never a noun after "a causa di"."""
    words = reason.lower().split()
    if len(words) > 2 and words[0] in _CLITIC:
        words = words[1:]
    return len(words) > 1 and len(words[0]) > 2 and words[0].endswith("o") and words[1] in _AFTER_VERB and words[0] not in _GENDER


def _is_clause(reason: str) -> bool:
    """'devo essere a Milano' is a clause; 'un impegno che è sorto all'ultimo' is a noun phrase."""
    if _PRONOUN_START.match(reason) or re.search(r"(?<!\w)non\s+\w", reason, re.IGNORECASE) or _verb_first(reason):
        return True
    verb = _FINITE.search(reason)
    if verb is None:
        return False
    return not _RELATIVE.search(reason[: verb.start()])


# A reason typed as a bare state ("malato", "in viaggio") gets its subject: "perché sono malato".
_STATE = re.compile(
    r"^(?:(?:già|ancora|molto|troppo|tutto|tutta)\s+)?(malat[oa]|indispost[oa]|impegnat[oa]|occupat[oa]|bloccat[oa]|assente|fuori (sede|ufficio)|"
    r"in (viaggio|ferie|trasferta|malattia|congedo|vacanza|ritardo))\b",
    re.IGNORECASE,
)


def _bare_noun(np: str) -> str:
    """A bare noun gets its indefinite article: 'sciopero' -> 'uno sciopero', 'visita medica' -> 'una visita medica'."""
    first = np.split(" ", 1)[0].lower()
    if not first.isalpha() or first in _COMMON_OPENERS or first in _WITH_DI or len(np.split()) > 3:
        return np
    if first.endswith("a") and not first.endswith("ma"):
        return ("un'" if first[:1] in "aeiou" else "una ") + np
    return ("uno " if re.match(r"s[^aeiou]|z|gn|ps", first) else "un ") + np


# A typed lead that carries its own meaning ("con la neve prevista", "visto il blocco", "nonostante…"): kept,
# with no connective of ours before it. A lead of time ("prima della tua prima lezione") follows the verb.
_OWN_LEAD = re.compile(
    r"^(con|col|coi|visto|vista|visti|viste|dato|data|dati|date|considerato|considerata|considerati|considerate|"
    r"nonostante|malgrado|senza|tra|fra|durante|dopo|da|dal|dalla|dai|dalle|dallo|su|sul|sulla|in vista|alla luce)(?![\w'’])"
    r"(?!\s+che\b)",
    re.IGNORECASE,
)
_TIME_LEAD = re.compile(r"^(prima|in vista|alla vigilia|a pochi giorni|entro|fino a|fino al|fino alla)(?![\w'’])", re.IGNORECASE)
# A quantity or a negation of one ("poche novità", "niente di nuovo", "nessun aggiornamento"): a state of things.
_QUANTITY = re.compile(
    r"^(poche|pochi|poco|pochissim[aeio]|niente|nulla|nessun|nessuna|nessuno|qualche|alcune|alcuni|troppe|troppi|"
    r"molte|molti|tante|tanti|solo|soltanto|non molt[aeio])(?![\w'’])",
    re.IGNORECASE,
)
# A clause followed by its consequence ("il capitolato è chiaro, quindi posso rispondere"): it cannot follow "perché".
_CONSEQUENCE = re.compile(r",?\s+(quindi|perciò|per cui|pertanto|dunque|così)\s+", re.IGNORECASE)


def _there_is(np: str) -> str:
    """'ci sono poche novità' / 'non c'è niente di nuovo' / 'non c'è nessun aggiornamento'."""
    first = np.split(" ", 1)[0].lower()
    if first in ("niente", "nulla", "nessun", "nessuna", "nessuno"):
        return f"non c'è {np}"
    if first in ("poco", "qualche", "solo", "soltanto") or first.startswith("pochissimo"):
        return f"c'è {np}"
    return f"ci sono {np}"


# A consequence typed after the cause (", te li mando per iscritto", ", quindi passo"): the frame already says it.
_TAIL = re.compile(r",\s*(?:quindi\s+|perciò\s+|per cui\s+)?(?:(?:te|ve|glie|Le)\s*l[aeio]\s+(?:mando|invio|scrivo|giro)\b|"
                   r"(?:quest'anno\s+|stavolta\s+)?(?:passo|salto|non (?:vengo|ci sono|posso esserci|riesco a venire))\b).*$", re.IGNORECASE)


def _cut_tail(r: str) -> str:
    cut = _TAIL.sub("", r).strip(" ,;")
    return cut or r


def _typed(reason: str, cut: bool = True) -> str:
    r = re.sub(r"(?<!\w)(?:purtroppo|sfortunatamente),?\s+", "", _lower_first(reason), flags=re.IGNORECASE)
    return _cut_tail(_cut_consequence(_clean(r).strip(), cut))


def _cut_consequence(r: str, cut: bool = True) -> str:
    """A cause typed with its own connective and then the conclusion ("Poiché lo studio resta chiuso, preferirei
    sentirla al telefono"): the conclusion is what the mail itself asks, so only the cause stays, once."""
    m = re.match(r"(?i)^(poiché|poiche'|siccome|dato che|visto che|perché|in quanto)\s+(.+?),\s+(.+)$", r)
    if cut and m and _is_clause(m.group(2)) and len(m.group(3).split()) >= 2 and not re.match(r"(?i)(e|ma|o|che|cui|quindi|anche|soprattutto|in particolare)\b", m.group(3)):
        return f"{m.group(1)} {m.group(2)}"
    return r


def own_sentence(reason: str | None, cut: bool = True) -> str:
    """The reason as a sentence of its own when no frame can take it as typed: a clause and its consequence
    ("Il capitolato è chiaro, quindi posso rispondere per iscritto"), a fronted cause before a main clause
    ("In seguito a un intervento, sarò assente sei settimane"), a note with a colon, or a sentence typed with a
    capital and a full stop whose shape is not known ("Danno pioggia tutto il giorno."). '' when a frame can."""
    if not reason or not _clean(reason):
        return ""
    r = _typed(reason, cut)
    typed = reason.strip()
    if _CONSEQUENCE.search(r) and _is_clause(r.split(",")[0]):
        return _sentence(r)
    if re.search(r":\s", r):
        return _sentence(r)
    m = re.match(r"(.+?),\s+(.+)$", r)
    if m and _is_clause(m.group(2)) and not _is_clause(m.group(1)) and not _CONNECTIVE.match(m.group(1)):
        return _sentence(r)  # "In seguito a un intervento, sarò assente": the user's fronted cause, kept
    if m and _is_clause(m.group(2)) and re.match(r"(?i)(a causa|per via)\s+d", m.group(1)):
        return _sentence(r)  # "A causa di un imprevisto con un fornitore, non riesco a essere presente."
    if m and _STATE.match(m.group(1)) and _is_clause(m.group(2)):
        return _sentence(f"sono {m.group(1)}, quindi {m.group(2)}")  # "impegnato, quest'anno passo": the state gets its subject
    if m and _is_clause(m.group(1)) and _is_clause(m.group(2)) and not _CONNECTIVE.match(m.group(1)) and not re.match(r"(?i)(e|ma|quindi|o|perché)\b", m.group(2)):
        # a state and its consequence ("sono sommerso di scadenze, quest'anno passo"): one sentence, joined by "quindi"
        return _sentence(f"{m.group(1)}, quindi {m.group(2)}")
    # A sentence typed as one (capital, full stop) that is neither a clause, a noun phrase with an article nor led
    # by a known word: its grammar is unknown, so it stands alone.
    first = r.split(" ", 1)[0].lower()
    if (typed[:1].isupper() and typed.endswith(".") and not _is_clause(r) and not _CONNECTIVE.match(r)
            and not _OWN_LEAD.match(r) and not _TIME_LEAD.match(r) and not _QUANTITY.match(r) and not _STATE.match(r)
            and first not in _COMMON_OPENERS and not _split_article(r)[0] and len(r.split()) > 2):
        return _sentence(typed)
    return ""


def _sentence(text: str) -> str:
    text = _clean(text).strip()
    return text[:1].upper() + text[1:] + "."


def _because(reason: str | None, cut: bool = True) -> str:
    """' perché devo essere a Milano' / ' a causa di un imprevisto' / ' a causa della chiusura' / ''."""
    if not reason or not _clean(reason):
        return ""
    # the frame already says "purtroppo": the reason does not say it again
    r = _cut_tail(_cut_consequence(_clean(re.sub(r"(?<!\w)(?:purtroppo|sfortunatamente),?\s+", "", _lower_first(reason), flags=re.IGNORECASE)), cut))
    if not r:
        return ""
    own = _typed(reason, cut)
    if _TIME_LEAD.match(own):
        return " " + own  # "Te ne parlo ora prima della tua prima lezione."
    if _OWN_LEAD.match(own):
        # "dal 12 dicembre entro in maternità": a time lead, its time, then a verb (only a time lead: "visto il
        # traffico" is a noun phrase whatever its noun may look like)
        after = re.sub(r"(?i)^(?:(?:da|dal|dalla|dallo|dai|dalle|dagli|dopo|tra|fra)\s+|dall['’])(?:\d{1,2}\s+\w+|\w+)\s+", "", own)
        if after != own and (_verb_first(after) or _PRONOUN_START.match(after)):
            return f" perché {own}"  # a clause after a fronted time: its own connective, never a bare comma
        return ", " + own  # "…, con la neve prevista"
    if _QUANTITY.match(own) and not _is_clause(own):
        return f" perché {_there_is(own)}"  # "poche novità" -> "perché ci sono poche novità"
    if _STATE.match(r):
        return f" perché sono {r}"
    if re.match(r"(maternità|paternità)\b", r, re.IGNORECASE):
        return f" perché sarò in congedo di {r}"  # "in maternità" is office shorthand: the leave is named (native review v16)
    if re.match(r"(congedo|ferie)\b", r, re.IGNORECASE):
        return f" perché sarò in {r}"  # "congedo parentale da lunedì"
    if m := _CONNECTIVE.match(r):
        # The user's own connective stays, once: "perché perché devo…" / "a causa di perché…" lose the extras.
        rest = r[m.end():].strip()
        if m.group(1).lower() in ("a causa", "per via"):
            rest = re.sub(r"^di\s+", "", rest)
        while n := _CONNECTIVE.match(rest):
            rest = re.sub(r"^di\s+", "", rest[n.end():].strip())
        if _is_clause(rest):
            return f" perché {_unsplice(rest)}"
        return _because(rest, cut) if rest else ""
    if _is_clause(r):
        return f" perché {_unsplice(r)}"
    article, rest = _split_article(r)
    if article in _DEFINITE or article == "l'":
        return f" a causa {_with_prep('di', article, rest)}"
    first = r.split(" ", 1)[0].lower()
    if first in _WITH_DI or re.match(rf"^dell[{_APOS}]", r, re.IGNORECASE):
        return f" a causa {r}"
    words = r.split()
    bare = r if len(words) > 1 and words[1][:1].isupper() else _bare_noun(r)
    return f" a causa di {bare}" if bare != r else f" a causa {_definite(r, 'di')}"


def _unsplice(r: str) -> str:
    """Two clauses typed with a comma ("è tutto pronto, manca solo la tua approvazione") joined with "e"."""
    head, sep, tail = r.partition(", ")
    if sep and tail and "," not in tail and not re.match(r"(e|ma|quindi|o)\b", tail, re.IGNORECASE) and _is_clause(tail):
        return f"{head} e {tail}"
    return r


def _fronted(reason: str | None, formal: bool, cut: bool = True) -> str:
    """The reason before a request: 'dato che sono bloccata a Milano', 'con lo sciopero dei mezzi'."""
    why = _because(reason, cut).strip()
    if not why:
        return ""
    why = why.lstrip(", ")
    if not why.startswith(("perché ", "a causa")):
        return why  # the user's own lead: "con la neve prevista, ti andrebbe…"
    if why.startswith("perché "):
        return "dato che " + why[len("perché "):]
    np = re.sub(r"^a causa\s+", "", why)
    typed = re.sub(r"^(a causa|per via)\s+(di\s+)?|^per\s+", "", _lower_first(reason or ""), flags=re.IGNORECASE)
    if not formal and not _split_article(typed)[0] and re.match(r"di (un|uno|una|un')\b", np):
        # a bare hindrance the user typed is a known one: "con lo sciopero dei mezzi"
        bare = re.sub(r"^di (?:un|uno|una)\s+|^di un'", "", np)
        return _definite(bare, "con")
    if not formal and _DEFINITE_CAUSE.match(why):
        return "per via " + why[len("a causa "):]  # "Per via della chiusura dei conti, ti propongo…" (native review v16)
    return why


def _definite(np: str, prep: str = "") -> str:
    """A bare noun phrase with its definite article (and a preposition contracted with it): 'della chiusura
    contabile', "l'imprevisto dell'ultimo minuto"; left as it is when it does not start with a plain noun."""
    first = np.split(" ", 1)[0]
    if not first.isalpha() or not first.islower() or first.lower() in _COMMON_OPENERS or first.lower() in _WITH_DI:
        return f"{prep} {np}".strip()
    gender = _GENDER.get(first.lower()) or _guess_gender(first.lower())
    return _with_prep(prep, _article(gender, first), np) if prep else _with_prep("", _article(gender, first), np)




def _guess_gender(word: str) -> str:
    """A common noun's gender from its ending: -a, -ione, -tà, -tù feminine (not -ma: "il tema"), else masculine."""
    if word.endswith(("ione", "tà", "tù", "ice", "udine", "che", "ghe", "ioni", "nze")) or (word.endswith("a") and not word.endswith("ma")):
        return "f"
    return "m"


def _article(gender: str, word: str) -> str:
    """The definite article a noun takes: 'il', 'lo', 'la' or "l'" ('i', 'gli', 'le' for a plural head)."""
    w = word.lower()
    head = re.split(r"[\s,;:]+", w, maxsplit=1)[0]
    if head in _PLURAL or head.endswith(("che", "ghe", "ioni", "nze")):  # "verifiche", "riunioni": feminine plurals ("delle")
        return "le" if gender == "f" else ("gli" if w[:1] in "aeiouh" or re.match(r"s[^aeiou]|z|gn|ps|x|y|pn", w) else "i")
    if w[:1] in "aeiouh":
        return "l'"
    if gender == "m" and (re.match(r"s[^aeiou]|z|gn|ps|x|y|pn", w)):
        return "lo"
    return "il" if gender == "m" else "la"


_WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "domani", "oggi", "ieri",
             "dopodomani", "stamattina", "stasera", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi")


_LAST_WEEKDAY = re.compile(r"(?i)\b(lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica) scors[oa]\s+(?=\d)")


def _when(time: str | None) -> str:
    """' di giovedì 14 marzo alle 10:00', ' del 14 marzo', ' alle 10:00': the day and the clock time split,
    "ore 20" said "alle 20", abbreviations spelled out."""
    if not time:
        return ""
    read = when.parts(time, Language.it)  # from its value: " di giovedì 10 dicembre alle 15"
    if read:
        day, said = read
        day = _LAST_WEEKDAY.sub(r"\1 ", day) if day else day
        return f"{_day_when(day)} {said}".rstrip() if day else f" {said}"
    time = re.sub(r"(?i)(?<![\w:])h\s?(?=\d)", "ore ", time)  # "h 16": the clock a native writes "alle 16"
    day, clock = when.split(time, Language.it)
    if not clock:
        return _day_when(when.expand(time.strip(), Language.it))
    said = when.clock_phrase(clock, Language.it)
    return f"{_day_when(when.expand(day, Language.it))} {said}" if day else f" {said}"


def _day_when(time: str) -> str:
    t = time.strip()
    low = t.lower()
    span = re.match(r"(\d{1,2})\s*[-–]\s*(\d{1,2})(\s+[^\W\d].*)$", t)
    if span:  # "12-13 dicembre": "del 12 e 13 dicembre"
        first = span.group(1)
        return f" {'dell' + chr(39) if first in ('1', '8', '11') else 'del '}{first} e {span.group(2)}{span.group(3)}".replace("dell' ", "dell'")
    if low.startswith(_WEEKDAYS):
        return f" di {t}"
    if re.match(r"\d{1,2}\s*[a-z]", low) and not re.match(r"\d{1,2}\s*(:|\.|h)", low):
        return f" dell'{t}" if re.match(r"(1|8|11)\b", low) else f" del {t}"
    if re.match(r"(alle|ore|il|la prossima|la settimana|lunedì prossimo|questa|questo|stasera|stamani|stamane|oggi|prossim[oa]|ogni|tutti i|tutte le)\b", low):
        return f" {t}"
    if re.match(r"\d{1,2}[/-]\d{1,2}", low):
        return f" dell'{t}" if re.match(r"(1|8|11)[/-]", low) else f" del {t}"
    if re.match(r"\d{1,2}[:.]\d{2}", low):
        return f" delle {t}"
    return f" ({t})"


# Adjectives that come before the meeting noun: "il nostro primo incontro", "la nostra prossima riunione".
_POSSESSIVES = {
    "nostro": ("m", False), "nostra": ("f", False), "nostri": ("m", True), "nostre": ("f", True),
    "vostro": ("m", False), "vostra": ("f", False), "vostri": ("m", True), "vostre": ("f", True),
    "tuo": ("m", False), "tua": ("f", False), "tuoi": ("m", True), "tue": ("f", True),
    "suo": ("m", False), "sua": ("f", False), "suoi": ("m", True), "sue": ("f", True),
    "mio": ("m", False), "mia": ("f", False), "miei": ("m", True), "mie": ("f", True),
}
_ADJECTIVES = frozenset("primo prima prossimo prossima nuovo nuova ultimo ultima secondo seconda".split())


def _np(plan: Plan, prep: str) -> str:
    """The meeting after a preposition, contracted: 'alla cena di gala', 'al nostro incontro «lancio del sito»'."""
    m = (plan.situation.meeting or "").strip()
    article, rest = _split_article(m)
    words = re.split(r"[\s,;:]+", (rest or m).strip())
    head = words[0].lower()
    if head == "stato" and len(words) > 1 and words[1].lower() == "avanzamento":
        head = "sal"  # "lo stato avanzamento lavori" is the SAL meeting itself, never "la riunione sullo stato …" (v15/v16 review)
    if head in _POSSESSIVES and len(words) > 1 and not article:
        # a typed possessive is kept, with the article it takes: "alla nostra videochiamata del giovedì"
        g, plural = _POSSESSIVES[head]
        art = {("m", False): "il", ("f", False): "la", ("m", True): "i", ("f", True): "le"}[(g, plural)]
        return _with_prep(prep, art, m[:1].lower() + m[1:])
    if head in _ADJECTIVES and len(words) > 1 and words[1].lower() in _GENDER and not article:
        # "primo incontro": ours, with the possessive an ordinal takes ("al nostro primo incontro")
        gender = _GENDER[words[1].lower()]
        low = m[:1].lower() + m[1:]
        return _with_prep(prep, "il" if gender == "m" else "la", ("nostro " if gender == "m" else "nostra ") + low)
    if head in _GENDER and not article:
        first = m.split(" ", 1)[0]
        low = m[:1].lower() + m[1:] if first[1:].islower() else m
        s = plan.situation
        if (plan.booked and (plan.client_side or s.intent is Intent.cancellation_policy) and not re.search(r"(?i)(?<!\w)(vostr|nostr|suo|sua|suoi|sue|tuo|tua|tuoi|tue|mio|mia|miei|mie)(?!\w)", m)
                and not re.search(r"\b(?:di|del|della)\s+[A-Z]", m)):  # "la seduta di logopedia di Giulio" is Giulio's, not "Sua"
            # a service the client booked: "alla tua lezione di prova", "le Sue sedute di fisioterapia"
            g, plural = _GENDER[head], head in _PLURAL
            own = {("m", False): ("Suo", "tuo"), ("f", False): ("Sua", "tua"), ("m", True): ("Suoi", "tuoi"), ("f", True): ("Sue", "tue")}[(g, plural)]
            art = {("m", False): "il", ("f", False): "la", ("m", True): "i", ("f", True): "le"}[(g, plural)]
            return _with_prep(prep, art, f"{own[0 if plan.formal else 1]} {low}")
        return _with_prep(prep, _article(_GENDER[head], low), low)
    if article and head in _POSSESSIVES:
        return _with_prep(prep, article, rest)  # "la nostra videochiamata" -> "alla nostra videochiamata"
    if article and head in _ADJECTIVES and len(words) > 1 and words[1].lower() in _GENDER:
        # "il primo incontro per conoscere Alice": the meeting itself, never "il nostro incontro per il primo incontro"
        return _with_prep(prep, article, rest)
    if article and head in _MEETING_NOUNS:
        # typed with its article in a Lei mail, the service is named as typed: "alla consulenza", never "alla Sua
        # consulenza" (native review v16); a tu mail keeps "la tua lezione"
        if not plan.formal and plan.booked and (plan.client_side or plan.situation.intent is Intent.cancellation_policy) and not re.search(r"(?i)(?<!\w)(vostr|nostr|suo|sua|suoi|sue|tuo|tua|tuoi|tue|mio|mia|miei|mie)(?!\w)", rest) \
                and not re.search(r"\b(?:di|del|della)\s+[A-Z]", rest):  # "l'ora di greco di Tommaso" is Tommaso's
            plural = article in ("i", "gli", "le")
            g = _GENDER[head]
            own = {("m", False): ("Suo", "tuo"), ("f", False): ("Sua", "tua"), ("m", True): ("Suoi", "tuoi"), ("f", True): ("Sue", "tue")}[(g, plural)]
            if article.endswith(("'", "’")):
                article = "il" if g == "m" else "la"  # "la tua ora", never "l'tua ora"
            return _with_prep(prep, article, f"{own[0 if plan.formal else 1]} {rest}")  # "le tue sedute di fisioterapia"
        return _with_prep(prep, article, rest)  # "il punto sul budget" -> "del punto sul budget"
    s = plan.situation
    if not plan.work and plan.booked and (plan.client_side or s.intent is not Intent.decline):
        # The client's booking, not clearly a work meeting (nails, a child's training): their appointment, never
        # "il nostro incontro sulla ricostruzione unghie". (Our own topic, "lancio del sito", stays "il nostro incontro sul ...".)
        wrapper = _with_prep(prep, "il", "Suo appuntamento" if plan.formal else "tuo appuntamento")
        first = m.split(" ", 1)[0]
        if article and (head in _GENDER or (words[1].lower() in _GENDER if head in _ADJECTIVES and len(words) > 1 else False)
                        or plan.consumer):
            return _with_prep(prep, article, rest)  # named as typed: "al primo allenamento di Tommy"
        if article:  # a topic, not a meeting ("lo stato avanzamento lavori"): "la riunione sullo stato ..."
            return f"{_with_prep(prep, 'la', 'riunione')} {_with_prep('su', article, rest)}"
        if first.isalpha() and first.islower() and first not in _COMMON_OPENERS:
            return f"{wrapper} per {_definite(m)}"
        return f"{wrapper} per {m.strip(chr(34) + '«» ')}"  # a label of theirs, never quoted like a form field
    if plan.head in ("event", "call") and not article:
        # an event or a call whose head the table does not know ("tombolata natalizia"): named with its article,
        # never "il nostro incontro sulla tombolata"
        first = m.split(" ", 1)[0]
        low = m[:1].lower() + m[1:] if first[1:].islower() else m
        return _with_prep(prep, _article(_guess_gender(first.lower()), low), low)
    last = words[-1].lower() if words else ""
    if not article and 1 < len(words) <= 4 and last in _GENDER and not _QUOTES.search(m):
        # a label ending on its meeting noun, English-style ("Q1 review", "Budget call"): the label with that noun's
        # article ("la Q1 review"), never "il nostro incontro «Q1 review»"
        return _with_prep(prep, _article(_GENDER[last], m), m)
    wrapper = _with_prep(prep, "il", "nostro incontro")
    if article:
        return f"{wrapper} {_with_prep('su', article, rest)}" if article != "il" else f"{wrapper} per {m}"
    first = m.split(" ", 1)[0]
    if first.isalpha() and first.islower() and first not in _COMMON_OPENERS:
        # a topic typed as a plain noun phrase: "il nostro incontro sul lancio del sito", not «lancio del sito»
        return f"{wrapper} {_definite(m, 'su')}"
    return f"{wrapper} «{m}»"


# The client's first person told back to them: (Lei, tu) for each verb form and possessive we can safely change.
_YOU: dict[str, tuple[str, str]] = {
    "ho": ("ha", "hai"), "sono": ("è", "sei"), "devo": ("deve", "devi"), "avevo": ("aveva", "avevi"),
    "ero": ("era", "eri"), "posso": ("può", "puoi"), "potevo": ("poteva", "potevi"), "dovevo": ("doveva", "dovevi"),
    "sto": ("sta", "stai"), "riesco": ("riesce", "riesci"), "mio": ("Suo", "tuo"), "mia": ("Sua", "tua"),
    "miei": ("Suoi", "tuoi"), "mie": ("Sue", "tue"),
}
# First-person words that are never impersonal ("ci sono" and "mi" can be; these cannot).
_FIRST_PERSON_ANY = re.compile(r"(?<!\w)(io|noi|abbiamo|siamo|dobbiamo|possiamo|nostro|nostra|nostri|nostre|mio|mia|miei|mie)(?!\w)")


def _to_you(r: str, formal: bool) -> str | None:
    """'ho avuto un contrattempo' -> 'ha avuto un contrattempo' / 'hai avuto…'; 'il mio treno' -> 'il Suo treno'.
    None when nothing changes or a first-person word we cannot turn is left (then the words are quoted)."""
    words = r.split(" ")
    out, changed = [], False
    for i, w in enumerate(words):
        low = w.lower()
        if low in _YOU and (i == 0 or low in ("mio", "mia", "miei", "mie") or (i == 1 and words[0].lower() == "non")):
            out.append(_YOU[low][0 if formal else 1])
            changed = True
        else:
            out.append(w)
    said = " ".join(out)
    if not changed or _FIRST_PERSON_ANY.search(said) or _FIRST_PERSON.match(said):
        return None
    return said


# A note about the client typed in the third person, with no subject ("si è svegliata con la febbre", "hanno avuto
# un'ispezione", "suo figlio sta male"): (Lei, tu) for the verb forms and possessives we can safely turn. The
# third person singular already is the courtesy form (Lei); the plural is the client's company (voi).
_THIRD: dict[str, tuple[str, str]] = {
    "è": ("è", "sei"), "ha": ("ha", "hai"), "era": ("era", "eri"), "aveva": ("aveva", "avevi"), "deve": ("deve", "devi"),
    "doveva": ("doveva", "dovevi"), "sta": ("sta", "stai"), "stava": ("stava", "stavi"), "può": ("può", "puoi"),
    "poteva": ("poteva", "potevi"), "hanno": ("avete", "avete"), "sono": ("siete", "siete"), "erano": ("eravate", "eravate"),
    "avevano": ("avevate", "avevate"), "devono": ("dovete", "dovete"), "dovevano": ("dovevate", "dovevate"),
    "stanno": ("state", "state"), "possono": ("potete", "potete"),
}
_THIRD_REFLEXIVE = {"si": ("si", "ti")}
_THIRD_POSSESSIVE = {"suo": ("Suo", "tuo"), "sua": ("Sua", "tua"), "suoi": ("Suoi", "tuoi"), "sue": ("Sue", "tue")}
_THIRD_START = re.compile(r"^(?:(?:lui|lei|loro)\s+)?(?:non\s+)?(?:si\s+)?(è|ha|era|aveva|deve|doveva|sta|stava|può|poteva|hanno|sono|erano|avevano|devono|dovevano|stanno|possono)(?!\w)", re.IGNORECASE)
_THIRD_ANY = re.compile(r"(?<!\w)(lui|lei|loro|suo|sua|suoi|sue)(?!\w)", re.IGNORECASE)


def _third_to_you(r: str, formal: bool) -> str | None:
    """'si è svegliata con la febbre' -> 'ti sei svegliata…' (tu) / as it is (Lei); 'hanno avuto un'ispezione' ->
    'avete avuto…'; 'suo figlio' -> 'tuo figlio' / 'Suo figlio'. None when something is left we cannot turn."""
    words = r.split(" ")
    if words and words[0].lower() in ("lui", "lei", "loro"):
        words = words[1:]
    out, verb_done = [], False
    for i, w in enumerate(words):
        low = w.lower()
        if not verb_done and low in _THIRD_REFLEXIVE and i + 1 < len(words) and words[i + 1].lower() in _THIRD:
            out.append(_THIRD_REFLEXIVE[low][0 if formal else 1])
            continue
        if not verb_done and low in _THIRD and i <= 2:
            out.append(_THIRD[low][0 if formal else 1])
            verb_done = True
            continue
        if low in _THIRD_POSSESSIVE:
            out.append(_THIRD_POSSESSIVE[low][0 if formal else 1])
            continue
        out.append(w)
    said = " ".join(out)
    if re.search(r"(?<!\w)(lui|lei|loro)(?!\w)", said, re.IGNORECASE):
        return None
    if said.lower().startswith(("ti è", "ti ha")):  # "si è" turned only half
        return None
    return said


def _sorry(plan: Plan) -> str:
    """The client's reason, acknowledged: their first-person words quoted, a clause or a noun phrase as it is."""
    reason = plan.situation.reason or ""
    f = plan.formal
    first_word = reason.split(" ", 1)[0]
    # a proper name opening the note keeps its capital ("Beatrice con l'influenza", never "la beatrice")
    named = bool(re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]+", first_word)) and first_word in (plan.situation.meeting or "")
    r = re.sub(r"^(perché|perche'|poiché|poiche'|siccome|dato che|visto che)\s+", "", reason if named else _lower_first(reason), flags=re.IGNORECASE)
    if named:
        r = re.sub(r"^(\w+) con (l'|la |il |lo |un |una |i |le )?", r"\1 ha \2", r)  # "Beatrice con l'influenza" -> "Beatrice ha l'influenza"
    r = re.sub(r"^(a causa|per via)\s+(di\s+)?", "", r, flags=re.IGNORECASE)
    first = parse_name(plan.situation.recipient_name).given_name
    if first and re.search(rf"(?i)(?<!\w){re.escape(first)}(?!\w)", r):
        return "Spero che ora vada tutto bene." if f else "Spero che ora vada tutto bene!"  # named in the note: not pasted
    if _THIRD_START.match(r) or _THIRD_ANY.search(r):
        told = _third_to_you(_clean(r), f)
        if told is None:
            return "Spero che ora vada tutto bene." if f else "Spero che ora vada tutto bene!"
        sorry = "Mi dispiace sapere che" if f else "Mi spiace sapere che"
        if _THIRD_START.match(r):  # a clause: the subjunctive is not needed after "sapere che"
            return f"{sorry} {told}, e comprendo perfettamente." if f else f"{sorry} {told}, capisco benissimo."
        r = told
    if _STATE.match(r):
        if plan.past:  # last week's illness: the imperfect, which agrees with no one, and a wish
            ill = bool(re.match(r"(malat|indispost)", r, re.IGNORECASE))
            if f:
                return f"Mi dispiace sapere che era {r}" + ("; spero che ora stia meglio." if ill else ", e comprendo perfettamente.")
            return f"Mi spiace sapere che eri {r}" + (": spero che ora tu stia meglio!" if ill else ", capisco benissimo.")
        return f"Mi dispiace sapere che è {r}, e comprendo perfettamente." if f else f"Mi spiace sapere che sei {r}, capisco benissimo."
    if not _is_clause(r):
        r = _definite(r)  # "Mi dispiace per l'imprevisto", not "per un imprevisto"
    told = _to_you(r, f)
    if told is not None:
        r = told  # "ho avuto un contrattempo" -> "ha avuto un contrattempo": their words, told back to them
    if _FIRST_PERSON.match(r) or _FIRST_PERSON_ANY.search(r):
        return (
            f"Comprendo perfettamente il motivo che mi ha indicato («{_clean(reason)}»)."
            if f
            else f"Capisco benissimo il motivo che mi hai indicato («{_clean(reason)}»)."
        )
    if _is_clause(r):
        return f"Mi dispiace sapere che {r}, e comprendo perfettamente." if f else f"Mi spiace sapere che {r}, capisco benissimo."
    return f"Mi dispiace per {r}, e comprendo perfettamente." if f else f"Mi spiace per {r}, capisco benissimo."


_EMPTY_PARENS = re.compile(r"\s*\(\s*\)")
_DEFINITE_CAUSE = re.compile(r"a causa (?:del|dello|della|dei|degli|delle|dell['’])\b")
_QUOTES = re.compile(r"[«»\"]")
_SIGNATURE_PARTS = re.compile(r"\s[-–|@,]\s?|,")
_MY_ROLE = re.compile(r"(?i)(?:il mio|la mia|il nostro|la nostra)\s")


def slots(plan: Plan) -> dict[str, Any]:
    s = plan.situation
    if s.meeting and _EMPTY_PARENS.search(s.meeting):
        # "()" left where the shared time cleaner took a duration out of the label ("trattamento viso (1h30)"): dropped
        plan = replace(plan, situation=s.model_copy(update={"meeting": _EMPTY_PARENS.sub("", s.meeting)}))
        s = plan.situation
    if s.meeting and plan.formal and re.search(r"(?<![\w'])(suo|sua|suoi|sue)(?![\w'])", s.meeting):
        # the client's own in a Lei mail takes the courtesy capital ("la valutazione di Suo figlio"), as the frame's do
        upper = re.sub(r"(?<![\w'])(suo|sua|suoi|sue)(?![\w'])", lambda m: m.group(1).capitalize(), s.meeting)
        plan = replace(plan, situation=s.model_copy(update={"meeting": upper}))
    s, f = plan.situation, plan.formal
    cut = plan.says_conclusion  # a conclusion typed after the cause goes only where the mail itself says it
    out: dict[str, Any] = {"at": lambda t: t, "why": "", "n": s.duration_minutes or "", "why_own": "", "why_f": ""}
    if not plan.client_side:  # the ONE decision on the reason (reasons.decide): realise / neutral phrase / leave out

        def glue(text: str) -> reasons.Said:
            return reasons.Said(_because(text, cut), _fronted(text, f, cut), own_sentence(text, cut))

        reason = s.reason
        day = _DAY_FIRST.match(reason.strip()) if reason and s.client_move is ClientMove.counter else None
        if day and day.group("day").lower() not in _plain_time(s.meeting_time or "", s.language).lower():
            # (a day that is the meeting's own stays in the reason: "... de mardi. Malheureusement, mardi ..." would clash)
            out["their_time"], out["their_day"], reason = day.group("day").lower(), True, day.group("rest")
        said = reasons.decide(reason, plan, glue, np_preps=_NP_PREPS)
        out["why_own"], out["why"], out["why_f"], out["why_before"] = said.own, said.why, said.why_f, said.before
        out["why_then"] = said.then
        # the reason leads the request ("Dato che alle 16 parto per Roma, ti propongo…"); a main clause of the
        # user's own ("con lo sciopero … non riesco ad arrivare") takes a colon, never a comma splice (native review v15)
        why_f = str(out["why_f"] or "")
        out["Why_f"] = why_f[:1].upper() + why_f[1:]
        out["why_sep"] = ":" if not _SUBORDINATE_LEAD.match(why_f) and _is_clause(why_f) else ","
    # the frame's verb is not repeated by the reason ("spostare ... è stato spostato"): "rinviare" then
    out["sposta"] = "rinvia" if re.search(r"(?i)\bspost", str(out["why"]) + str(out["why_own"])) else "sposta"
    if s.reason and plan.client_side:
        out["sorry"] = _sorry(plan)
    out.update(_extra_slots(plan))
    if s.colleague_name:
        out.update(_colleague(s.colleague_name, f))
    if s.meeting:
        when = _when(s.meeting_time)
        if s.meeting_time and re.match(r"(?i)\s*(ogni|tutti i|tutte le)\b", s.meeting_time):
            # a recurring time is no complement of one meeting: said apart, once ("(ogni primo lunedì del mese alle 9)")
            when = f" ({when.strip()})" if when.strip() else ""
        recurring = re.search(r"\b(?:del|di|il|ogni)\s+(lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\s*$", s.meeting.strip(), re.IGNORECASE)
        if recurring:
            # a weekly meeting ("le lezioni del sabato") is not followed by its weekday again ("di sabato")
            when = re.sub(rf"^ di {recurring.group(1)}\b", "", when, flags=re.IGNORECASE)
        for key, prep in (("mw", ""), ("mw_a", "a"), ("mw_di", "di")):
            out[key] = _np(plan, prep) + when
        out["M"] = _cap(re.sub(rf"^(?:(?:il|lo|la|i|gli|le)\s+|l[{_APOS}]\s*)(?:(?:tu[aeo]|tuoi|su[aeo]|suoi|nostr[aeio])\s+(?=\w))?(?=\w)(?!(?:nostr|vostr|mi[aeo]|miei|tu[aeo]|tuoi|su[aeo]|suoi)\w*\s)", "", s.meeting.strip(), flags=re.IGNORECASE))  # "Il nostro incontro": the article stays before our possessive; "il tuo peeling" is "Peeling" in a subject
    # switching to email: what follows by email is said, unless the note already sends something ("ti mando il preventivo")
    out["send"] = "" if _SENDS.search(s.reason or "") else ("Le invierò i dettagli per iscritto." if plan.formal else "Ti mando i dettagli per iscritto.")
    # a short shorten draft says what the shorter time still gives (`shorten.rest`), never the key-client filler
    # "Per me lavorare con te conta molto": the essentials of a work meeting, the most of a session or a booking
    out["rest"] = (("Avremo comunque il tempo per l'essenziale; il resto possiamo definirlo via email." if plan.formal
                    else "Così riusciamo comunque a vedere l'essenziale, il resto lo sentiamo via email.")
                   if plan.work else "Farò in modo di sfruttare al meglio il tempo.")
    return out


# A signature that is a business alone ("Laboratorio Ceramica Rossi"), with no person: the mail says "scrivici", not
# "chiedimi" (native review v16).
_FIRM = re.compile(r"(?i)^(?:studio|laboratorio|atelier|agenzia|centro|palestra|scuola|salone|ufficio|associazione|negozio|bottega|"
                   r"officina|farmacia|clinica|ambulatorio|accademia|circolo|team)\b")
_SCOPE_HEAD = re.compile(r"(?i)^per\s+(?:(?:il|lo|la|i|gli|le)\s+|l['’])(?:tuoi\s+|tue\s+|Suoi\s+|Sue\s+)?")


def _extra_slots(plan: Plan) -> dict[str, str]:
    """Slots of the closing and subject lines: who answers questions, what a late-cancellation subject says, and
    what the policy covers in its subject ("Corsi del giovedì: le nostre condizioni di disdetta")."""
    s = plan.situation
    sender = (s.sender_name or "").strip()
    firm = bool(_FIRM.match(sender)) and not _SIGNATURE_PARTS.search(sender)
    out = {"write_me": "scrivici" if firm else "scrivimi"}
    p = s.policy
    out["late_subj"] = "disdetta tardiva" if p is not None and p.fee_percent else ("troviamo una nuova data" if plan.formal else "troviamo una nuova data?")
    scope = ""
    r = (s.reason or "").strip().rstrip(".!;")
    if s.intent is Intent.cancellation_policy and POLICY_SCOPE.match(r) and len(r.split()) <= 9 and not any(c in r for c in ",;:"):
        scope = _cap(_SCOPE_HEAD.sub("", r)) + ": "
    out["Scope"] = scope
    return out


_SUBORDINATE_LEAD = re.compile(r"(?i)^(dato che|visto che|poiché|siccome|perché|a causa|per via|vist[oa]|considerat[oa]|dat[oa])\b")

_TITLE_ARTICLE = {"Dott.": "il", "Prof.": "il", "Sig.": "il", "Dott.ssa": "la", "Prof.ssa": "la", "Sig.ra": "la", "Rag.": "il", "Geom.": "il", "Notaio": "il"}


def _colleague(typed: str, formal: bool) -> dict[str, str]:
    """'il Dott. Alessio Manfredini' (a title in running text takes its article), then 'al Dott. Manfredini';
    a first name alone after "a" before a vowel: 'ad Alessio'."""
    c, c1, role = colleague(typed, Language.it, formal)
    title = c.split(" ", 1)[0] if c != c1 or "." in c.split(" ", 1)[0] else ""
    if title.endswith((".", ".ssa", ".ra")) and title[:1].isupper():
        art = _TITLE_ARTICLE.get(title, "l'")
        sep = "" if art.endswith("'") else " "
        c_art, c1_art = f"{art}{sep}{c}", f"{art}{sep}{c1}"
        a_c1 = _with_prep("a", art, c1)
    else:
        c_art, c1_art = c, c1
        a_c1 = ("ad " if c1[:1].lower() == "a" else "a ") + c1
    mine = bool(role) and _MY_ROLE.match(role) is not None
    # a role typed with its possessive is said first, the name after it: "il mio socio, Davide Ferri" (native review v16)
    team = f"{role}, {c_art}" if mine else f"{c_art}, {role}" if role else f"{c_art}, del nostro team" if formal else f"{c_art} del nostro team"
    a_team = (_with_prep("a", c_art.split(" ", 1)[0], c_art.split(" ", 1)[1]) if c_art != c
              else ("ad " if c[:1].lower() == "a" else "a ") + c) + (f", {role}" if role else " del nostro team")
    if c_art != c and c_art.startswith("l'"):
        a_team = "all'" + c_art[2:] + (f", {role}" if role else " del nostro team")
    if mine:
        art, _, rest = role.partition(" ")
        a_team = f"{_with_prep('a', art.lower(), rest)}, {c_art}"
    return {"c": c_art, "c1": c1_art, "a_c1": a_c1, "c_name": c, "c_team": team, "a_c_team": a_team}


def _pct(value: float, plan: Plan, prep: str = "") -> str:
    """'il 50%', 'l'80%', 'del 25%', 'dell'8%': the article follows how the number is read aloud."""
    n = int(value)
    article = "l'" if n in (1, 8, 11) or 80 <= n <= 89 else "il"
    return _with_prep(prep, article, f"{num(value, plan)}%")


def _hours(value: float, plan: Plan) -> str:
    return f"{num(value, plan)} {'ora' if value == 1 else 'ore'}"


_COUNT = {1: "una", 2: "due", 3: "tre", 4: "quattro", 5: "cinque"}


def _notice(value: float, plan: Plan) -> str:
    """'48 ore', but 'due settimane' for 336 and '5 giorni' for 120: a policy is written in whole days."""
    span = notice_span(value)
    if span is None:
        return _hours(value, plan)
    unit, n = span
    if unit == "week":
        return "una settimana" if n == 1 else f"{_COUNT.get(n, str(n))} settimane"
    return f"{n} giorni"


def numbers(p: Policy, plan: Plan) -> dict[str, str]:
    you = "Le" if plan.formal else "ti"  # what the client will be charged, never "è dovuto il 100% dell'importo"
    fee_due = (f"l'importo {you} verrà addebitato per intero" if p.fee_percent == 100
               else f"{you} verrà addebitato {_pct(p.fee_percent or 0, plan)} dell'importo")
    return {"h": _notice(p.notice_hours or 0, plan), "fee": _pct(p.fee_percent or 0, plan), "dep": _pct(p.deposit_percent or 0, plan, "di"),
            "fee_due": fee_due}


# --------------------------------------------------------------------------------------------
# The sentence table: (Lei, tu)
# --------------------------------------------------------------------------------------------

# a counter-proposal's reason that opens on the client's day ("giovedì sono in tribunale"): the day is the subject of
# the no ("Purtroppo giovedì per me non è possibile perché sono in tribunale"), slot `their_time`
_DAY_FIRST = re.compile(r"(?i)^(?P<day>lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica),?\s+(?P<rest>(?:sono|ho|devo|sarò|avrò|siamo|abbiamo|io)\b.+)$")
_SENDS = re.compile(r"(?i)\b(?:mand\w*|invi[aoi]\w*|inoltr\w*|per (?:e-?)?mail|per iscritto)\b")

T: dict[str, tuple[str, str]] = {
    "late.open.past": ("La ringrazio per avermi avvisato che non avrebbe potuto partecipare {mw_a}.", "Grazie per avermi avvisato che non ce l'avresti fatta a venire {mw_a}."),
    "decline.final": ("Se i nostri piani dovessero cambiare, sarà mia cura ricontattarLa.", "Se le cose dovessero cambiare, ti ricontatto io."),  # a final no: no false promise, the door left open
    "courtesy": ("Le auguro una buona settimana.", "Buona settimana!"),
    "courtesy.final": ("Le auguro buon lavoro.", "Ti auguro buon lavoro!"),
    "closing.key": ("Cordiali saluti,", "Un caro saluto,"),
    "closing.regular": ("Cordiali saluti,", "A presto,"),
    "closing.new": ("Cordiali saluti,", "A presto,"),
    "pol.notice": ("Le prenotazioni si possono spostare o disdire senza alcun costo fino a {h} prima.",) * 2,
    "pol.notice.nofee": (
        "Le chiediamo soltanto di avvisarci almeno {h} prima in caso di spostamento o disdetta.",
        "Ti chiediamo soltanto di avvisarci almeno {h} prima in caso di spostamento o disdetta.",
    ),
    "pol.fee.after": ("Con un preavviso più breve viene addebitato {fee} dell'importo previsto.",) * 2,
    "pol.fee.alone": ("In caso di annullamento tardivo o di mancata presentazione viene addebitato {fee} dell'importo previsto.",) * 2,
    "pol.fee.after.full": ("Con un preavviso più breve l'importo viene addebitato per intero.",) * 2,
    "pol.fee.alone.full": ("In caso di annullamento tardivo o di mancata presentazione l'importo viene addebitato per intero.",) * 2,
    "pol.fee.zero.deposit": ("Per un annullamento tardivo o una mancata presentazione non è previsto alcun ulteriore addebito.",) * 2,
    "pol.fee.zero": ("Un annullamento tardivo o una mancata presentazione non comportano alcun addebito.",) * 2,
    "pol.deposit": ("Al momento della prenotazione è richiesto un acconto {dep}.",) * 2,
    "pol.deposit.zero": ("Alla prenotazione non è richiesto alcun acconto.",) * 2,
    "decline.open": (
        "La ringrazio per l'invito {mw_a}. Purtroppo non potrò partecipare{why}.",
        "Grazie per l'invito {mw_a}. Purtroppo non riesco a esserci{why}.",
    ),
    "decline.open.final": (
        "La ringrazio per la proposta {mw_di}. Preferisco tuttavia non darvi seguito{why}.",
        "Grazie per la proposta {mw_di}. Per questa volta passo{why}.",
    ),
    "alt.shorter": (
        "Le andrebbe un incontro più breve, di {n} minuti, per fare comunque il punto sugli aspetti essenziali?",
        "Ti andrebbe una versione più breve, da {n} minuti, per vedere almeno le cose essenziali?",
    ),
    "alt.call": (
        "In alternativa, Le propongo una breve telefonata per fare comunque il punto.",
        "In alternativa, che ne dici di una breve telefonata? Così non perdiamo il ritmo.",
    ),
    "alt.email": (
        "Nel frattempo Le invierò volentieri il mio contributo via email, così che nulla resti in sospeso.",
        "Intanto ti mando volentieri le mie osservazioni via email, così non resta niente in sospeso.",
    ),
    "alt.later": (
        "Sarei felice di riprendere il discorso non appena i tempi lo consentiranno.",
        "Mi farebbe piacere riprendere il discorso appena i tempi lo permettono.",
    ),
    "alt.event": ("Le auguro un'ottima riuscita dell'evento.", "Spero che vada benissimo, divertitevi!"),
    "decline.close": ("Mi faccia sapere quale soluzione preferisce.", "Dimmi tu cosa preferisci."),
    "decline.close.later": ("La ringrazio per la comprensione.", "Grazie per la comprensione."),
    # friendly: the thanks and the wish in one line, never "Grazie ancora…! Buona settimana!" piled up (native review v16)
    "decline.close.event": ("La ringrazio ancora per il gentile pensiero.", "Grazie ancora per aver pensato a me, e buona settimana!"),
    "decline.close.final": ("La ringrazio per la comprensione.", "Grazie per la comprensione."),
    "appreciation": (
        "Tengo molto alla nostra collaborazione.",
        "È sempre un piacere lavorare con te.",
    ),
    "welcome": ("Mi fa molto piacere iniziare a collaborare con Lei.", "Sarà un piacere lavorare insieme."),
    "reschedule.open": (
        "Purtroppo devo {sposta}re {mw}{why}.",
        "Purtroppo devo {sposta}re {mw}{why}.",
    ),
    "reschedule.sorry": (
        "Mi scuso per il cambio di programma.",
        "Scusami per il cambio di programma!",
    ),
    "ask.none": ("Potrebbe indicarmi qualche orario a Lei comodo?", "Dimmi pure qualche orario che ti va bene."),
    "ask.one": ("Le andrebbe bene {t}?", "Ti andrebbe bene {t}?"),
    "ask.many": ("Le propongo uno di questi orari:", "Ecco qualche alternativa, scegli pure quella che ti è più comoda:"),
    "video": (
        "Se Le è più comodo, possiamo anche vederci in videochiamata o sentirci per telefono.",
        "Se ti è più comodo, va benissimo anche una videochiamata o una telefonata.",
    ),
    "reschedule.close": ("Appena mi conferma, Le invierò un nuovo invito.", "Appena mi confermi, ti mando il nuovo invito."),
    "shorten.open": (
        "In vista {mw_di}, Le propongo di ridurne la durata a {n} minuti{why}.",
        "In vista {mw_di}, ti propongo di ridurre la durata a {n} minuti{why} e di concentrarci sui punti principali.",
    ),
    "shorten.open.why": (
        "{Why_f}{why_sep} Le propongo di ridurre a {n} minuti {mw}.",
        "{Why_f}{why_sep} ti propongo di ridurre a {n} minuti {mw} e di concentrarci sui punti principali.",
    ),
    "shorten.agenda": (
        "Preparerò un breve ordine del giorno per concentrarci sui punti essenziali; il resto potremo definirlo via email.",
        "Preparo una breve scaletta così ci concentriamo sull'essenziale, e il resto lo sistemiamo via email.",
    ),
    "ok": ("Le andrebbe bene così?", "Fammi sapere se ti va bene."),
    "call.open": (
        "Riguardo {mw_a}, Le andrebbe di sentirci per telefono anziché vederci di persona?",
        "A proposito {mw_di}: ti andrebbe di sentirci per telefono invece di vederci di persona?",
    ),
    "call.open.why": (
        "{Why_f}{why_sep} Le andrebbe di sentirci per telefono al posto {mw_di}?",
        "{Why_f}{why_sep} ti andrebbe di sentirci per telefono al posto {mw_di}?",
    ),
    "call.open.event": (
        "Riguardo {mw_a}, Le propongo di limitarci a una semplice telefonata{why}.",
        "A proposito {mw_di}: che ne dici di una semplice telefonata{why}?",
    ),
    "call.why": (
        "Risparmieremmo entrambi tempo, senza rinunciare ad approfondire con calma tutti i punti.",
        "Così risparmiamo tempo e riusciamo comunque a vedere tutto con calma.",
    ),
    "call.why.reason": (
        "Potremmo comunque esaminare con calma tutti i punti.",
        "Così riusciamo comunque a vedere tutto con calma.",
    ),
    "call.times.same": ("Posso telefonarLe all'orario già previsto.", "Posso chiamarti all'orario previsto."),
    "call.times.none": ("", ""),
    "call.times.one": ("Posso telefonarLe all'orario già previsto oppure, in alternativa, {t}.", "Posso chiamarti all'orario previsto oppure {t}."),
    "call.times.many": (
        "Posso telefonarLe all'orario già previsto oppure in uno di questi momenti:",
        "Posso chiamarti all'orario previsto oppure in uno di questi momenti:",
    ),
    # a visit given up for a call, to a new client or in person (formal only). No `delegate.sorry`: the hand-over
    # already says "Purtroppo non potrò partecipare personalmente"
    "subject.no_show_followup.fee": ("{M}: appuntamento mancato", "{M}: appuntamento mancato"),  # a fee due: no "troviamo una nuova data?"
    "call.sorry": ("Mi scuso per il cambio di programma.", "Scusami per il cambio di programma!"),
    "shorten.rest": ("{rest}", "{rest}"),
    "call.close": ("Mi faccia sapere se per Lei va bene e a quale numero posso chiamare.", "Fammi sapere se ti va bene e a che numero posso chiamarti."),
    "email.open": (
        "Riguardo {mw_a}, Le proporrei di procedere via email per il momento, risparmiando tempo a entrambi.",
        "A proposito {mw_di}: secondo me per ora possiamo sistemare tutto via email e risparmiare un po' di tempo.",
    ),
    "email.open.own": (
        "Riguardo {mw_a}, Le proporrei di procedere via email per il momento.",
        "A proposito {mw_di}: secondo me per ora possiamo sistemare tutto via email.",
    ),
    "email.open.why": (
        "{Why_f}{why_sep} Le proporrei di procedere per il momento via email invece {mw_di}.",
        "{Why_f}{why_sep} per ora ti propongo di procedere via email, invece di fare {mw}.",
    ),
    "email.summary.times": ("{send}", "{send}"),  # what follows by email (slot `send`), then the time offered to talk
    "email.summary.none": ("{send}", "{send}"),
    "email.summary": (
        "Se qualche aspetto richiedesse un confronto più approfondito, potremo organizzare una telefonata.",
        "Se poi serve parlarne a voce, ci sentiamo al telefono.",
    ),
    "delegate.open": (
        "Purtroppo non potrò partecipare personalmente {mw_a}{why}: al mio posto ci sarà {c_team}.",
        "Purtroppo non riesco a esserci {mw_a}{why}, ma al mio posto ci sarà {c_team}.",
    ),
    "delegate.brief": (
        "Prima dell'incontro passerò {a_c1} tutte le informazioni necessarie per rispondere alle Sue domande.",
        "Prima dell'incontro passo tutte le informazioni {a_c1}, così potrà rispondere alle tue domande.",
    ),
    "delegate.brief.away": (
        "Prima della mia assenza passerò {a_c1} tutte le informazioni necessarie, per garantire la continuità.",
        "Prima di assentarmi passo tutte le informazioni {a_c1}.",
    ),
    "delegate.close": ("Per qualsiasi necessità nel frattempo, non esiti a contattarmi.", "Per qualsiasi cosa nel frattempo, scrivimi pure."),
    "thanks": ("La ringrazio per la comprensione.", "Grazie!"),
    "sorry": ("{sorry}", "{sorry}"),
    "noshow.open": (
        "Mi è dispiaciuto non poterci vedere {mw_a}: spero che da parte Sua sia tutto a posto.",
        "Mi è dispiaciuto non vederti {mw_a}! Spero che da parte tua sia tutto a posto.",
    ),
    # the note says they never got in touch ("nessuna disdetta"): said, tactfully, never dropped (native review v15)
    "noshow.open.silent": (
        "Mi è dispiaciuto non poterci vedere {mw_a} e, non avendo ricevuto notizie, spero che da parte Sua sia tutto a posto.",
        "Mi è dispiaciuto non vederti {mw_a}! Non avendo saputo più niente, spero che da parte tua sia tutto a posto.",
    ),
    "noshow.noreason": ("", ""),
    "noshow.times.none": (
        "Quando lo desidera, mi indichi pure un orario a Lei comodo e fisseremo un nuovo appuntamento.",
        "Quando vuoi, mandami un orario che ti va bene e fissiamo un nuovo appuntamento.",
    ),
    "noshow.times.one": ("Per fissare un nuovo appuntamento, Le propongo {t}.", "Se vuoi fissare un nuovo appuntamento, io ci sono {t}."),
    "noshow.times.many": ("Per fissare un nuovo appuntamento, Le propongo uno di questi orari:", "Se vuoi fissare un nuovo appuntamento, ecco quando sono disponibile:"),
    "noshow.close": ("Resto in attesa di un Suo riscontro.", "Aspetto tue notizie!"),
    "late.open": (
        "La ringrazio per avermi fatto sapere che non potrà partecipare {mw_a}.",
        "Grazie per avermi fatto sapere che non riesci a venire {mw_a}.",
    ),
    "late.ill.named": ("Spero che {who} stia meglio.", "Spero che {who} stia meglio!"),
    "late.ill.other": ("Spero che ora stiano tutti bene.", "Spero che ora stiate tutti bene!"),
    "noshow.ill.named": ("Spero che {who} stia meglio.", "Spero che {who} stia meglio!"),
    "noshow.ill.other": ("Spero che ora stiano tutti bene.", "Spero che ora stiate tutti bene!"),
    "late.noreason": ("Comprendo perfettamente: sono cose che possono capitare.", "Nessun problema, sono cose che capitano!"),
    "late.ack": ("Comprendo perfettamente e spero che vada tutto bene.", "Nessun problema, spero che vada tutto bene!"),
    "noshow.ack": ("", ""),
    "late.ack.fee": ("", ""),
    "late.ill": ("Spero che ora stia meglio.", "Spero che ora tu stia meglio!"),
    "noshow.ill": ("Spero che ora stia meglio.", "Spero che ora tu stia meglio!"),
    "policy.applies.late": (
        "Poiché la disdetta è arrivata con meno di {h} di preavviso, secondo le nostre condizioni {fee_due}.",
        "Visto che la disdetta è arrivata con meno di {h} di preavviso, come da nostre condizioni {fee_due}.",
    ),
    "policy.applies.noshow": (
        "Poiché l'appuntamento non è stato disdetto con almeno {h} di preavviso, secondo le nostre condizioni {fee_due}.",
        "Visto che l'appuntamento non è stato disdetto con almeno {h} di preavviso, come da nostre condizioni {fee_due}.",
    ),
    "policy.applies.late.alone": ("Secondo le nostre condizioni, per una disdetta tardiva {fee_due}.",) * 2,
    "policy.applies.noshow.alone": ("Secondo le nostre condizioni, per un appuntamento mancato {fee_due}.",) * 2,
    "late.times.none": (
        "Quando lo desidera, mi indichi qualche orario a Lei comodo per un nuovo appuntamento.",
        "Mandami pure qualche orario che ti va bene e troviamo un nuovo momento.",
    ),
    "late.times.one": ("Per fissare un nuovo appuntamento, Le andrebbe bene {t}?", "Per recuperare, ti andrebbe bene {t}?"),
    "late.times.many": ("Per fissare un nuovo appuntamento, Le propongo questi orari:", "Per recuperare, ti propongo questi orari:"),
    "late.close": ("Resto a Sua disposizione e attendo un Suo riscontro.", "Aspetto tue notizie!"),
    "policy.next": (
        "Con l'occasione, Le ricordo le nostre condizioni di disdetta per il futuro.",
        "Ti ricordo anche le nostre condizioni di disdetta, per le prossime volte.",
    ),
    "policy.open": (
        "In vista {mw_di}, Le invio le nostre condizioni di disdetta, così che tutto sia chiaro per entrambi.",
        "In vista {mw_di}, ti scrivo due righe sulle nostre condizioni di disdetta, così è tutto chiaro.",
    ),
    "policy.open.new.consumer": (
        "In vista del Suo primo appuntamento, Le invio le nostre condizioni di disdetta, così che tutto sia chiaro.",
        "In vista del tuo primo appuntamento, ti scrivo due righe sulle nostre condizioni di disdetta, così è tutto chiaro.",
    ),
    "policy.open.new": (
        "All'inizio della nostra collaborazione, Le invio le nostre condizioni di disdetta così che tutto sia chiaro per entrambi.",
        "Visto che iniziamo a lavorare insieme, ti scrivo due righe sulle nostre condizioni di disdetta così è tutto chiaro.",
    ),
    "policy.open.standalone": (
        "Le ricordo le nostre condizioni di disdetta così che tutto sia chiaro per entrambi.",
        "Ti scrivo due righe sulle nostre condizioni di disdetta così è tutto chiaro.",
    ),
    "policy.open.change": (
        "Le scrivo per comunicarLe le nuove condizioni di disdetta, così che tutto sia chiaro per entrambi.",
        "Ti scrivo due righe sulle nostre nuove condizioni di disdetta, così è tutto chiaro.",
    ),
    "policy.why": ("Ci tengo a farlo ora{why}.", "Te ne parlo ora{why}."),
    "policy.purpose": (
        "Si tratta semplicemente di un modo per garantire il tempo riservato a Lei.",
        "È solo un modo per tenere davvero libero il tempo che dedichiamo a te.",
    ),
    "policy.close": ("Per qualsiasi domanda, resto a Sua disposizione.", "Per qualsiasi domanda, {write_me} pure."),
    "extra.duration": ("Volendo, potremmo anche limitarci a {n} minuti.", "Volendo, possiamo anche stare nei {n} minuti."),
    "extra.colleague": (
        "Nel frattempo, per qualsiasi necessità può rivolgersi anche {a_c_team}.",
        "Nel frattempo, per qualsiasi cosa puoi rivolgerti anche {a_c_team}.",
    ),
    "email.times.none": ("", ""),
    "email.times.one": ("Se preferisce comunque parlarne a voce, sono disponibile {t}.", "Se preferisci comunque parlarne a voce, ti propongo {t}."),
    "email.times.many": ("Se preferisce comunque parlarne a voce, sono disponibile in questi orari:", "Se preferisci comunque parlarne a voce, ti propongo questi orari:"),
    "extra.times.none": ("", ""),
    "extra.times.one": ("Se preferisce un altro momento, Le propongo {t}.", "Se preferisci un altro momento, io ci sono {t}."),
    "extra.times.many": ("Se preferisce un altro momento, Le propongo questi orari:", "Se preferisci un altro momento, sono disponibile in questi orari:"),
    "extra.policy": ("Le ricordo inoltre le nostre condizioni di disdetta.", "Ti ricordo anche le nostre condizioni di disdetta."),
    "subject.decline.final": ("{M}: grazie per la proposta", "{M}: grazie per la proposta"),
    "subject.decline": ("{M}: purtroppo non potrò partecipare", "{M}: purtroppo non riesco a esserci"),
    "subject.reschedule": ("{M}: proposta di spostamento", "{M}: spostiamo?"),
    "subject.shorten": ("{M}: proposta di un incontro più breve", "{M}: facciamo {n} minuti?"),
    "subject.switch_to_call": ("{M}: possiamo sentirci per telefono?", "{M}: ci sentiamo al telefono?"),
    "subject.switch_to_email": ("{M}: procediamo via email", "{M}: per ora via email?"),
    "subject.delegate": ("{M}: al mio posto {c}", "{M}: al mio posto {c}"),
    "subject.no_show_followup": ("{M}: troviamo una nuova data", "{M}: troviamo una nuova data?"),
    "subject.late_cancellation": ("{M}: {late_subj}", "{M}: {late_subj}"),
    "subject.cancellation_policy": ("{M}: le nostre condizioni di disdetta", "{M}: le nostre condizioni di disdetta"),
    "subject.none": ("{Scope}le nostre condizioni di disdetta", "{Scope}le nostre condizioni di disdetta"),
    "subject.none.change": ("Le nuove condizioni di disdetta", "Le nuove condizioni di disdetta"),
}


_NP_PREPS = ("a causa", "per via")

_IT_DAYS = (r"(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|domani|oggi|gennaio|febbraio|marzo|aprile|maggio|"
            r"giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|natale|\d)")
# The reason's shape, read by the shared shaper (composer/writers/reasons.py).
REASONS: dict[str, Any] = {
    "leads": {
        "cause": ("perché", "perche'", "poiché", "poiche'", "siccome", "dato che", "visto che", "in quanto", "giacché",
                  "dal momento che", "considerato che"),
        "purpose": ("affinché", "così che", "cosicché", "in modo da", "in modo che", "allo scopo di",
                    r"re:per(?= (?:non |poter |\w+(?:are|ere|ire|arci|erci|irci|arlo|erlo|irlo|arla|arvi)\b))"),
        "time": ("ora che", "adesso che", "appena"),
        "period": ("fino a", "fino al", "fino alla", "fino all'", "fino ai", "fino alle", "a partire da", "a partire dal",
                   "a partire dalla", r"re:da(?:l|lla|ll'|i)?(?= " + _IT_DAYS + r")"),
    },
    "np_leads": ("a causa", "per via", "causa", "dovuto a", "dovuta a", "in seguito a", "a seguito"),
    "subjects": ("io", "tu", "lui", "lei", "noi", "voi", "loro"),
    "finite": tuple(
        "è e' sono sei siamo siete ho hai ha abbiamo avete hanno devo devi deve dobbiamo dovete devono posso puoi può "
        "possiamo potete possono sto stai sta stiamo stanno vado vai va andiamo vanno ero eri era eravamo erano avevo aveva "
        "avevamo avevano dovevo doveva sarò sarà saremo saranno avrò avrà avremo avranno dovrò dovrà dovremo potrò potrà "
        "basta bastano occorre occorrono bastava riesco riesce riusciamo riescono faccio facciamo fanno manca mancano serve servono parto partiamo rientro rientra "
        "torno torna resta restano rimane rimangono cambia cambiano seguo segue lavoro lavora chiude chiudono apre aprono "
        "inizia iniziano finisce arriva arrivano nasce usiamo chiedevi volevo vorrei preferisco preferiamo abbiamo "
        "decidiamo resto sto rimango parto vado scrivo mando invio chiedo chiedi parte chiamo preferirei potrei dovrei vorremmo".split()
    ),
    "finite_re": r"\w+(?:iamo|avamo|evamo|ivamo|avano|evano|ivano|eremo|iremo|eranno|iranno|erò|irò|erà|irà)",
    "determiners": ("il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "mio", "mia", "miei", "mie",
                    "tuo", "tua", "nostro", "nostra", "nostri", "nostre", "vostro", "vostra", "suo", "sua", "questo",
                    "questa", "questi", "queste", "quel", "quella", "quei", "quelle", "qualche", "alcuni", "alcune", "due",
                    "tre", "ogni", "quest'", "quell'"),
    "relatives": ("che", "cui", "quale", "quali"),
    "non_np": tuple(
        "già ancora troppo molto proprio davvero solo non poco niente con prima dopo in a da su per tra fra senza "
        "malato malata impegnato impegnata bloccato bloccata fuori via occupato occupata purtroppo sinceramente "
        "onestamente qui lì".split()
    ),
    "front_only": ("siccome", "dal momento che"),
    "back_only": ("perché", "perche'"),
    "consequence": ("quindi", "perciò", "per cui", "dunque", "così"),
    "clause_cause": "perché",
    "clause_cause_front": "dato che",
    "splice": ": ",
    "elisions": ("l'", "c'", "un'", "dell'", "all'", "nell'", "sull'", "dall'", "quest'", "quell'", "m'", "t'", "s'", "v'", "d'"),
    "period_re": r"(?i)(?<!\w)(?:fino (?:a|al|alla|all['’]|ai|alle)|a partire da\w*|da(?:l|lla|ll['’]|i)? " + _IT_DAYS + r")",
    "subordinators": ("perché", "poiché", "siccome", "dato che", "visto che", "affinché", "ora che"),
    # --- the decision (reasons.decide, docs/notes/phr-u.md) ---
    "informal_re": r"(?<![\w'’])(?:boh|tipo|roba|casino|sbatti|figo|raga|prof|sbattimento|un botto)(?![\w'’])",
    "clause_adverbs": ("già", "non", "ormai"),
    "subjectless_re": r"sono|ho|devo|resto|sarò|parto|vado|starò|rimango|torno|ero|avevo|dovrò|posso|riesco|abbiamo|siamo|"
                      r"dobbiamo|restiamo|rimaniamo|partiamo|mi|accompagno|seguo|lavoro",
    "first_subject": "",
    "state_re": r"(?:malat[oa]|ammalat[oa]|in ferie|in vacanza|in trasferta|fuori sede|in ospedale|ricoverat[oa]|bloccat[oa]|"
                r"indisponibile|assente|in congedo|in malattia)(?![\w'’])",
    "first_be": "sono",
    "first_have": "ho",
    "indefinite": ((r"(?:s[bcdfglmnpqrstvz]|z|gn|ps|x|y)", "uno"), (r"[aeiouàèéìòù]\w*(?:a|ione|tà|tù|ie)(?![\w'’])", "un'"),
                   (r"[aeiouàèéìòù]", "un"), (r"\w*(?:a|ione|tà|tù|ie)(?![\w'’])", "una"), (r".", "un")),
    "personal_re": r"(?:malat|operazion|intervento|chirurg|ospedale|ricover|bambin|nascita|parto|gravidanza|maternità|paternità|"
                   r"funeral|lutto|famiglia|figli|moglie|marito|madre|padre|ginocchio|salute|medic)",
    "neutral": {"personal": " per motivi personali"},
    "link": "",  # "Infatti" after a request or a no reads as "indeed" (native review v12): the reason stands alone
    "and_word": "e",
}

# A numeric day/month in a note ("ferie dal 16/12 al 7/1") written as the mail writes its own dates (native review v15).
_NOTE_DATE = r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?![\d/])"


def _date_in_note(m: re.Match[str]) -> str:
    day, month = int(m.group(1)), int(m.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return m.group(0)
    return f"{day} {when.MONTH_NAMES[Language.it][month - 1]}"


# The note normaliser's table (reasons.normalise; docs/notes/phr-y.md): a hurried note made a professional's clause.
_MESI = r"(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)"
NOTES: dict[str, Any] = {
    "expand": (
        (_NOTE_DATE, _date_in_note),
        (r"\b(?:il |un |mio |il mio )?(?:bimbo|piccolo|pupo)\b", "mio figlio"), (r"\b(?:la |una |mia |la mia )?(?:bimba|piccola|pupa)\b", "mia figlia"),
        (r"\bi bimbi\b|\bi piccoli\b|\bi ragazzi\b", "i miei figli"), (r"\bmi tocca\b", "devo"), (r"\bcol\b", "con il"), (r"\bcoi\b", "con i"),
        (r"\bdai miei\b", "dalla mia famiglia"), (r"\bcell\b|\bcellulare\b", "telefono"), (r"\bappuntam\.?\b|\bapp\.to\b", "appuntamento"),
        (r"\bdott\.?\b(?! \w*[A-Z])", "medico"), (r"\basap\b", "al più presto"), (r"\bgiro\b(?= (?:io|subito|dopo|stasera|domani|\w+ mail))", "invio"),
        (r"\bme la (?:ridanno|ridà|riconsegnano|restituiscono)\b", "sarà pronta"), (r"\bme lo (?:ridanno|ridà|riconsegnano|restituiscono)\b", "sarà pronto"), (r"\bte li giro\b", "te li invio"), (r"\bte lo giro\b", "te lo invio"), (r"\bte la giro\b", "te la invio"), (r"\bti giro\b", "ti invio"),
        (r"\bsono cott[oa]\b", "sono molto stanco"), (r"\bun casino di\b|\bun sacco di\b|\bun botto di\b", "molto"),
    ),
    "filler": r"sorry|scusa(?:te)?|purtroppo|sinceramente|onestamente|tipo|boh|insomma|cioè|praticamente",
    "so_words": ("e quindi", "quindi", "perciò", "per cui", "allora"),
    "and_word": "e",
    "subject_back": (
        (r"(mio figlio|mia figlia|i miei figli) (?:con|ha) (la |il |l'|un |una |le )?", r"\1 ha \2"),
        (r"(?:in viaggio|in trasferta|in ferie|in maternità|in paternità|in congedo|in malattia|a casa|in ospedale|in cantiere|in udienza|"
         r"in tribunale|bloccat[oa]|malat[oa]|influenzat[oa]|fuori sede)\b", r"sono \g<0>"),
        (r"(udienza|riunione|visita|seduta|lezione|conferenza)\b", r"ho un'\1"),
        (r"(appuntamento|intervento|esame|colloquio|seminario|corso|convegno|impegno)\b", r"ho un \1"),
        # a vehicle typed without its verb is the sender's ("auto dal meccanico" -> "ho l'auto dal meccanico")
        (r"(?:la mia |l')?auto (?=ferma|dal (?:meccanico|carrozziere|gommista|elettrauto)|in officina|in panne|rotta|guasta)", "ho l'auto "),
        (r"(?:la mia |la )?(macchina|moto|bici|vespa) (?=ferma|dal (?:meccanico|carrozziere|gommista|elettrauto)|in officina|in panne|rotta|guasta)",
         r"ho la \1 "),
        (r"(?:il mio |il )?(furgone|motorino|camion|scooter) (?=fermo|dal (?:meccanico|carrozziere|gommista|elettrauto)|in officina|in panne|rotto|guasto)",
         r"ho il \1 "),
        (r"(?:niente|nessun[ao]?|senza) (baby-?sitter|tata|auto|macchina|treno|connessione|corrente)\b", r"non ho \1"),
        (r"(?:rientro|torno|sarò di ritorno)\b", r"\g<0>"),
    ),
    "action_re": r"(?:(?:io )?(?:te|ve|glie) ?(?:li|lo|la|le) (?:invio|mando|giro|inoltro)|(?:ti|vi|le) (?:invio|mando|giro|inoltro|chiamo|scrivo))\b",
    "action_sub": ((r"\bgiro\b", "invio"), (r"\bio$", "io")),
    "client_re": r"^(?:la cliente?|il cliente|la signora|il signore|il paziente|la paziente) (?:ha |non )|^(?:mai arrivat[oa]|non si è presentat[oa])\b",
    "future": ((r"\bsono a casa\b", "sarò a casa"), (r"\bsono in (maternità|paternità|congedo|ferie|trasferta|viaggio)\b", r"sarò in \1"),
               (r"\bin (maternità|paternità)\b", r"in congedo di \1"),
               (r"\brientro\b", "rientrerò"), (r"\btorno\b", "tornerò")),
    "ahead_re": r"\b(?:dal|dalla|dall'|da (?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|\d)|a partire d)",
    "kinds": (
        ("leave", r"\b(?:maternità|paternità|congedo|ferie|neonato|nascita|rientro a)\b"),
        ("child", r"\b(?:figli[oa]|figli|bambin[oa]|bimb[oa]|baby-?sitter|tata|asilo|scuola)\b"),
        ("appointment", r"\b(?:appuntamento|dentista|medico|visita|esame|fisioterapista|controllo)\b"),
        ("travel", r"\b(?:viaggio|trasferta|volo|aereo|fuori sede)\b"),
        ("illness", r"\b(?:malat[oa]|febbre|influenza|tosse|covid|intervento|ospedale|mal di)\b"),
        ("clash", r"\b(?:altra riunione|sovrapposizione|stessa ora|concomitanza)\b"),
        ("workload", r"\b(?:carico di lavoro|scadenz\w+|chiusura|pieno di lavoro)\b"),
    ),
    "neutral": (
        ("child", "ho un impegno familiare"), ("appointment", "ho un appuntamento alle {time}"), ("appointment", "ho un appuntamento"),
        ("leave", "sarò in congedo dal {from}"), ("leave", "sarò in congedo"), ("travel", "sarò in viaggio"),
        ("illness", "non sto bene"), ("clash", "ho un altro impegno in quel momento"), ("workload", "ho un carico di lavoro molto intenso in questo periodo"),
    ),
    "until_re": r"\b(?:rientro|torno)\s+(?:il |a |ad |in )?(\d{1,2}(?:/\d{1,2})?(?: " + _MESI + r")?|" + _MESI + r")",
    "time_re": r"\balle (\d{1,2}(?:[.:]\d{2})?)",
    "from_re": r"\b(?:dal|da) (\d{1,2}(?:/\d{1,2})?(?: " + _MESI + r")?)",
    "have_re": r"seminario|riunione|corso|udienza|intervento|visita|esame|colloquio|fiera|convegno|trasferta|matrimonio|funerale|appuntamento",
    "unsure_re": r"[&@#+]|\b(?:pls|cmq|xké|xche|nn|qlc|qlcs|tvb|raga)\b",
    "formal_sub": ((r"\bte (li|lo|la|le) (invio|mando|inoltro)\b", r"glie\1 \2"), (r"\bti (invio|mando|chiamo|scrivo)\b", r"Le \1"), (r"\bte li\b", "glieli")),
}


# A policy note that only says what the terms cover ("for the spring shoots", "pour les cours du soir", "per le
# consulenze del lunedì") is a scope, never a cause ("I'm sharing it, as for…"): it follows the policy's name in the
# opening (native review v15). The shared `_policy_scope` (phrases/__init__.py) reads POLICY_SCOPE; nl/sv may add theirs.
POLICY_NP = "condizioni di disdetta"
POLICY_SCOPE = re.compile(r"(?i)^(?=per\s+(?:il|lo|la|i|gli|le|l['’]|tutti|tutte|ogni|ciascun|i\s+tuoi|le\s+tue|i\s+Suoi|le\s+Sue)\b)")


# A no-show note that says they never got in touch: `noshow.open.silent` says so (shared hook `phrases._silent`).
NO_WORD = re.compile(r"(?i)\bnessuna (?:disdetta|telefonata|notizia|risposta|chiamata|comunicazione)\b|\bsenza (?:avvisare|disdire|preavviso|notizie)\b|\bnon ha (?:avvisato|chiamato|risposto|disdetto)\b")
