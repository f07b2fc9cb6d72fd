"""Italian phrasing for the built-in writer: "Lei" with capitalised courtesy forms when formal,
"tu" when friendly, and no word that agrees in gender with sender or recipient (both unknown).

Free text typed by the user (meeting, reason) is inserted with constructions that stay grammatical
whatever it starts with: articles are contracted with prepositions only when we can see them, and a
meeting given without an article is quoted as a title.
"""

from __future__ import annotations

import re

from composer.models import Intent, Relationship
from composer.writers.plan import Plan, bullets, num

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
_MEETING_NOUNS = frozenset(
    "riunione riunioni incontro incontri meeting call videochiamata videocall chiamata telefonata "
    "appuntamento colloquio sessione workshop seminario presentazione demo consulenza visita "
    "sopralluogo pranzo cena colazione aperitivo evento kick-off kickoff conference".split()
)


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
# The meeting
# --------------------------------------------------------------------------------------------


def _ref(plan: Plan, prep: str = "", *, own: bool = True) -> str:
    """The meeting with its time, after a preposition, contracted correctly.

    'la revisione trimestrale del progetto' -> 'al nostro incontro per la revisione ... (time)'
    'la riunione di avvio'                  -> 'alla riunione di avvio (time)'
    'lancio del sito'                       -> 'al nostro incontro «lancio del sito» (time)'
    """
    s = plan.situation
    meeting, when = s.meeting.strip(), f"({s.meeting_time})"
    article, rest = _split_article(meeting)
    head = re.split(r"[\s,;:]+", rest.strip(), maxsplit=1)[0].lower() if rest else ""
    if article and article != "il" and head in _MEETING_NOUNS:
        # The article survives every contraction except il -> al/del, so the name stays verbatim.
        return f"{_with_prep(prep, article, rest)} {when}"
    wrapper = _with_prep(prep, "il", "nostro incontro") if own else _with_prep(prep, "l'", "incontro")
    if article:
        return f"{wrapper} {_with_prep('per', article, rest)} {when}"
    return f"{wrapper} «{meeting}» {when}"


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
    r"parto|partiamo|rientro|rientra|torno|torna"
    r"|(?<!una )(?<!la )(?<!in )(?<!da )(?<!di )(?<!gran )parte)(?!\w)",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"(?<!\w)(che|cui|quale|quali)(?!\w)", re.IGNORECASE)
# The reason already brings its own connective.
_CONNECTIVE = re.compile(
    r"^(perché|perche'|poiché|poiche'|siccome|dato che|visto che|in quanto|a causa|per via|per|causa)\b",
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
    "perché perche poiché siccome dato visto causa".split()
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


def _is_clause(reason: str) -> bool:
    """'devo essere a Milano' is a clause; 'un impegno che è sorto all'ultimo' is a noun phrase."""
    if _PRONOUN_START.match(reason):
        return True
    verb = _FINITE.search(reason)
    if verb is None:
        return False
    return not _RELATIVE.search(reason[: verb.start()])


def _because(reason: str | None) -> str:
    """' perché devo essere a Milano' / ' a causa di un imprevisto' / ' a causa della chiusura' / ''."""
    if not reason:
        return ""
    r = _lower_first(reason)
    if _CONNECTIVE.match(r):
        return f" {r}"
    if _is_clause(r):
        return f" perché {r}"
    article, rest = _split_article(r)
    if article in _DEFINITE or article == "l'":
        return f" a causa {_with_prep('di', article, rest)}"
    first = r.split(" ", 1)[0].lower()
    if first in _WITH_DI or re.match(rf"^dell[{_APOS}]", r, re.IGNORECASE):
        return f" a causa {r}"
    return f" a causa di {r}"


def _client_reason(plan: Plan) -> tuple[str, str]:
    """For a client's cancellation or absence: (inline cause, sentence quoting a first-person reason)."""
    reason = plan.situation.reason
    if not reason:
        return "", ""
    r = re.sub(r"^(perché|perche'|poiché|siccome)\s+", "", _lower_first(reason), flags=re.IGNORECASE)
    if _FIRST_PERSON.match(r):
        # The client's own words ("devo essere a Milano"): quote them rather than bend the grammar.
        words = _clean(reason)
        return "", (
            f"Comprendo perfettamente il motivo che mi ha indicato («{words}»)."
            if plan.formal
            else f"Capisco benissimo il motivo che mi hai indicato («{words}»)."
        )
    return _because(reason), ""


# --------------------------------------------------------------------------------------------
# Times, numbers, policy
# --------------------------------------------------------------------------------------------




def _pct(value: float, plan: Plan, prep: str = "") -> str:
    """'il 50%', 'l'80%', 'del 25%', 'dell'8%': the article follows how the number is read aloud."""
    n = int(value)
    if n == 0 and value < 1:
        article = "lo"  # zero
    elif n in (1, 8, 11) or 80 <= n <= 89:
        article = "l'"  # uno, otto, undici, ottanta...
    else:
        article = "il"
    return _with_prep(prep, article, f"{num(value, plan)}%")


def _hours(value: float, plan: Plan) -> str:
    return f"{num(value, plan)} {'ora' if value == 1 else 'ore'}"


def policy_sentences(plan: Plan) -> list[str]:
    p = plan.situation.policy
    if p is None or p.is_empty():
        return []
    out: list[str] = []
    if p.notice_hours is not None:
        out.append(
            f"Gli appuntamenti si possono spostare o disdire senza alcun costo fino a {_hours(p.notice_hours, plan)} prima."
        )
    if p.fee_percent is not None:
        when = (
            "Oltre questo termine"
            if p.notice_hours is not None
            else "In caso di annullamento tardivo o di mancata presentazione"
        )
        out.append(f"{when} viene addebitato {_pct(p.fee_percent, plan)} del compenso previsto.")
    if p.deposit_percent is not None:
        out.append(f"Al momento della prenotazione è richiesto un acconto {_pct(p.deposit_percent, plan, 'di')}.")
    return out


def _after_colon(sentences: list[str]) -> str:
    text = " ".join(sentences)
    return text[:1].lower() + text[1:]


# --------------------------------------------------------------------------------------------
# Shared moves
# --------------------------------------------------------------------------------------------


def greeting(plan: Plan) -> str:
    name = plan.situation.recipient_name
    return f"Gentile {name}," if plan.formal else f"Ciao {name},"


def closing(plan: Plan) -> str:
    if plan.formal:
        return "Cordiali saluti,"
    return "Un caro saluto," if plan.situation.relationship is Relationship.key else "A presto,"


def _join(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


def extras(plan: Plan) -> list[str]:
    """Facts the situation gives that the intent's core did not already use."""
    s, f = plan.situation, plan.formal
    out: list[str] = []
    for name in plan.extras:
        if name == "duration_minutes":
            n = s.duration_minutes
            if s.intent is Intent.switch_to_email:
                out.append(
                    f"Se dovesse servire una telefonata, potremmo limitarla a {n} minuti."
                    if f
                    else f"E se serve una telefonata, possiamo stare nei {n} minuti."
                )
            else:
                out.append(
                    f"Volendo, potremmo anche limitarci a {n} minuti."
                    if f
                    else f"Volendo, possiamo anche stare nei {n} minuti."
                )
        elif name == "colleague_name":
            out.append(
                f"Nel frattempo, per qualsiasi necessità può rivolgersi anche a {s.colleague_name} del nostro team."
                if f
                else f"Nel frattempo, per qualsiasi cosa puoi rivolgerti anche a {s.colleague_name} del nostro team."
            )
        elif name == "proposed_times":
            out.append(_other_times(plan))
        elif name == "policy":
            lead = "Le ricordo inoltre le nostre condizioni di disdetta: " if f else "Ti ricordo anche le nostre condizioni di disdetta: "
            out.append(lead + _after_colon(policy_sentences(plan)))
    return out


def _other_times(plan: Plan) -> str:
    """Proposed times offered on the side, when the intent's core does not use them."""
    s, f = plan.situation, plan.formal
    times = list(s.proposed_times)
    if s.intent is Intent.switch_to_email:
        lead = "Se preferisce comunque vederci" if f else "Se invece preferisci vederci comunque"
    elif s.intent is Intent.delegate:
        lead = (
            "Se preferisce spostare l'incontro a un momento in cui posso esserci anch'io"
            if f
            else "Se preferisci spostare l'incontro a un momento in cui posso esserci anch'io"
        )
    else:
        lead = "Se preferisce un altro momento" if f else "Se preferisci un altro momento"
    if f:
        offer_one, offer_many = "Le propongo", "Le propongo questi orari:"
    elif s.intent is Intent.delegate:  # "io ci sono" would echo the lead's "anch'io"
        offer_one, offer_many = "ti propongo", "ti propongo questi orari:"
    else:
        offer_one, offer_many = "io ci sono", "sono disponibile in questi orari:"
    if len(times) == 1:
        return f"{lead}, {offer_one} {times[0]}."
    return f"{lead}, {offer_many}" + bullets(times)


def _appreciation(plan: Plan) -> str | None:
    f, intent = plan.formal, plan.situation.intent
    if plan.appreciation:
        if intent in (Intent.shorten, Intent.switch_to_call, Intent.switch_to_email):
            return (
                "Il Suo progetto mi sta molto a cuore e desidero sfruttare al meglio il Suo tempo."
                if f
                else "Il tuo progetto mi sta molto a cuore e voglio sfruttare al meglio il tuo tempo."
            )
        if plan.client_side or intent is Intent.cancellation_policy:
            if intent is Intent.cancellation_policy:
                return (
                    "Tengo molto alla nostra collaborazione e La ringrazio per la comprensione."
                    if f
                    else "Lavorare con te mi fa sempre molto piacere: grazie per la comprensione!"
                )
            return (
                "Tengo molto alla nostra collaborazione e mi farebbe piacere riprendere al più presto."
                if f
                else "Lavorare con te mi fa sempre piacere, quindi ci tengo a rivederci presto."
            )
        what = {
            Intent.decline: "la mia assenza",
            Intent.reschedule: "questo spostamento",
            Intent.delegate: "questo cambio",
        }.get(intent, "questo cambiamento")
        return (
            f"Tengo molto alla nostra collaborazione e non vorrei che {what} rallentasse in alcun modo il lavoro."
            if f
            else f"Per me lavorare con te conta molto e non voglio che {what} rallenti le cose."
        )
    if plan.welcome:
        if intent is Intent.delegate:
            return (
                "Ci tengo che la nostra collaborazione parta nel migliore dei modi."
                if f
                else "Ci tengo che la nostra collaborazione parta alla grande."
            )
        if intent is Intent.reschedule:
            return (
                "Mi fa molto piacere iniziare a collaborare con Lei e vorrei rimettere in agenda l'incontro al più presto."
                if f
                else "Non vedo l'ora di iniziare a lavorare con te, quindi recuperiamo presto!"
            )
        return (
            "Mi fa molto piacere iniziare a collaborare con Lei."
            if f
            else "Non vedo l'ora di iniziare a lavorare con te!"
        )
    return None


def _offer_video(plan: Plan) -> str:
    return (
        "Se Le è più comodo, possiamo anche vederci in videochiamata o sentirci per telefono."
        if plan.formal
        else "Se ti è più comodo, va benissimo anche una videochiamata o una telefonata."
    )


def _policy_reminder(plan: Plan) -> str | None:
    p = plan.situation.policy
    if p is None or p.is_empty():
        return None
    lead = (
        "Con l'occasione, Le ricordo le nostre condizioni di disdetta per il futuro: "
        if plan.formal
        else "Solo un piccolo promemoria per le prossime volte sulle nostre condizioni di disdetta: "
    )
    return lead + _after_colon(policy_sentences(plan))


# --------------------------------------------------------------------------------------------
# One function per intent
# --------------------------------------------------------------------------------------------


def decline(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"La ringrazio per l'invito {_ref(plan, 'a', own=False)}. Purtroppo non potrò partecipare{_because(s.reason)}."
        if f
        else f"Grazie per l'invito {_ref(plan, 'a', own=False)}. Purtroppo non riesco a esserci{_because(s.reason)}."
    )
    alt = {
        "shorter": (
            f"Le andrebbe un incontro più breve, di {s.duration_minutes} minuti, per fare comunque il punto sugli aspetti essenziali?"
            if f
            else f"Ti andrebbe una versione più breve, da {s.duration_minutes} minuti, per vedere almeno le cose essenziali?"
        ),
        "call": (
            "In alternativa, Le propongo una breve telefonata per fare comunque il punto."
            if f
            else "In alternativa, che ne dici di una breve telefonata? Così non perdiamo il ritmo."
        ),
        "email": (
            "Nel frattempo Le invierò volentieri il mio contributo via email, così che nulla resti in sospeso."
            if f
            else "Intanto ti mando volentieri le mie osservazioni via email, così non resta niente in sospeso."
        ),
        "later": (
            "Sarei felice di riprendere il discorso non appena i tempi lo consentiranno."
            if f
            else "Mi farebbe piacere riprendere il discorso appena i tempi lo permettono."
        ),
    }[plan.alternative or "later"]
    # A key client hears first why it matters; a new client gets the welcome after the offer.
    out = [first, _join(alt, _appreciation(plan)) if plan.welcome else _join(_appreciation(plan), alt)]
    out += extras(plan)
    out.append("Mi faccia sapere quale soluzione preferisce." if f else "Dimmi tu cosa preferisci.")
    return out


def _offer_times(plan: Plan) -> str:
    times, f = list(plan.situation.proposed_times), plan.formal
    if not times:
        return (
            "Potrebbe indicarmi qualche orario a Lei comodo?"
            if f
            else "Dimmi pure qualche orario che ti va bene."
        )
    if len(times) == 1:
        return f"Le andrebbe bene {times[0]}?" if f else f"Ti andrebbe bene {times[0]}?"
    return (
        "Le propongo uno di questi orari:" if f else "Ecco qualche alternativa, scegli pure quella che ti è più comoda:"
    ) + bullets(times)


def reschedule(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"Purtroppo devo spostare {_ref(plan)}{_because(s.reason)}. Mi scuso per il cambio di programma."
        if f
        else f"Purtroppo devo spostare {_ref(plan)}{_because(s.reason)}: scusami per il cambio di programma!"
    )
    out = [first, _join(_appreciation(plan), _offer_times(plan))]
    if plan.offer_video:
        out.append(_offer_video(plan))
    out += extras(plan)
    out.append("Appena mi conferma, Le invierò un nuovo invito." if f else "Appena mi confermi, ti mando il nuovo invito.")
    return out


def shorten(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    n = s.duration_minutes
    first = (
        f"In vista {_ref(plan, 'di')}, Le propongo di ridurne la durata a {n} minuti{_because(s.reason)}."
        if f
        else f"In vista {_ref(plan, 'di')}, ti propongo di ridurre la durata a {n} minuti{_because(s.reason)}."
    )
    second = (
        "Preparerò un breve ordine del giorno per concentrarci sui punti essenziali; gli eventuali aspetti rimanenti potremo definirli via email."
        if f
        else "Preparo una breve scaletta così ci concentriamo sull'essenziale, e il resto lo sistemiamo via email."
    )
    out = [first, _join(_appreciation(plan), second)]
    out += extras(plan)
    out.append("Le andrebbe bene così?" if f else "Ti va bene così?")
    return out


def switch_to_call(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    reason = (f" Le faccio questa proposta{_because(s.reason)}." if f else f" Te lo propongo{_because(s.reason)}.") if s.reason else ""
    first = (
        f"Riguardo {_ref(plan, 'a')}, Le andrebbe di sentirci per telefono anziché vederci di persona?{reason}"
        if f
        else f"A proposito {_ref(plan, 'di')}: ti andrebbe di sentirci per telefono invece di vederci di persona?{reason}"
    )
    second = (
        "Risparmieremmo entrambi il tempo dello spostamento, senza rinunciare ad approfondire con calma tutti i punti."
        if f
        else "Così ci risparmiamo lo spostamento e riusciamo comunque a vedere tutto con calma."
    )
    out = [first, _join(_appreciation(plan), second)]
    times = list(s.proposed_times)
    if len(times) == 1:
        out.append(
            f"Posso telefonarLe all'orario già previsto oppure, in alternativa, {times[0]}."
            if f
            else f"Posso chiamarti all'orario previsto oppure {times[0]}."
        )
    elif times:
        out.append(
            ("Posso telefonarLe all'orario già previsto oppure in uno di questi momenti:" if f
             else "Posso chiamarti all'orario previsto oppure in uno di questi momenti:")
            + bullets(times)
        )
    out += extras(plan)
    out.append(
        "Mi faccia sapere se per Lei va bene e a quale numero posso chiamare."
        if f
        else "Fammi sapere se ti va bene e a che numero posso chiamarti."
    )
    return out


def switch_to_email(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    reason = (f" Le faccio questa proposta{_because(s.reason)}." if f else f" Te lo propongo{_because(s.reason)}.") if s.reason else ""
    first = (
        f"Riguardo {_ref(plan, 'a')}, credo che per il momento potremmo gestire i punti in sospeso via email, risparmiando tempo a entrambi.{reason}"
        if f
        else f"A proposito {_ref(plan, 'di')}: secondo me per ora possiamo sistemare tutto via email e risparmiare un po' di tempo a entrambi.{reason}"
    )
    second = (
        "Le invierò un riepilogo scritto con i punti principali e le mie domande. Se qualche aspetto richiedesse un confronto più approfondito, potremo naturalmente organizzare una telefonata."
        if f
        else "Ti mando un breve riepilogo scritto con i punti principali e le mie domande. Se poi serve parlarne a voce, ci sentiamo al telefono."
    )
    out = [first, _join(_appreciation(plan), second)]
    out += extras(plan)
    out.append("Che ne pensa?" if f else "Che ne dici?")
    return out


def delegate(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    c = s.colleague_name
    first = (
        f"Purtroppo non potrò partecipare personalmente {_ref(plan, 'a')}{_because(s.reason)}: al mio posto ci sarà {c}, del nostro team."
        if f
        else f"Purtroppo non riesco a partecipare {_ref(plan, 'a')}{_because(s.reason)}, ma al mio posto ci sarà {c} del nostro team."
    )
    second = (
        f"{c} conosce bene il progetto e prima dell'incontro riceverà da me tutte le informazioni necessarie per rispondere a ogni Sua domanda. Continuerò comunque a seguire da vicino ogni passaggio e resto a disposizione per qualsiasi necessità."
        if f
        else f"{c} conosce bene il progetto e prima dell'incontro riceverà da me tutte le informazioni, così potrà rispondere a ogni tua domanda. Io continuo comunque a seguire tutto da vicino, quindi puoi sempre scrivermi."
    )
    out = [first, _join(_appreciation(plan), second)]
    out += extras(plan)
    out.append(
        "Per qualsiasi domanda prima dell'incontro, non esiti a contattarmi."
        if f
        else "Se hai domande prima dell'incontro, scrivimi pure."
    )
    return out


def no_show_followup(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    cause, quoted = _client_reason(plan)
    first = (
        f"Mi è dispiaciuto non poterci vedere {_ref(plan, 'a')}{cause}: spero che da parte Sua sia tutto a posto."
        if f
        else f"Che peccato non poterci vedere {_ref(plan, 'a')}{cause}! Spero che da parte tua sia tutto a posto."
    )
    first = _join(first, quoted)
    times = list(s.proposed_times)
    if len(times) == 1:
        second = (
            f"Per fissare un nuovo appuntamento, Le propongo {times[0]}."
            if f
            else f"Se vuoi fissare un nuovo appuntamento, io ci sono {times[0]}."
        )
    elif times:
        second = (
            "Per fissare un nuovo appuntamento, Le propongo uno di questi orari:" if f
            else "Se vuoi fissare un nuovo appuntamento, ecco quando sono disponibile:"
        ) + bullets(times)
    else:
        second = (
            "Quando lo desidera, mi indichi pure un orario a Lei comodo e fisseremo un nuovo appuntamento."
            if f
            else "Quando vuoi, mandami un orario che ti va bene e fissiamo un nuovo appuntamento."
        )
    out = [first, _join(_appreciation(plan), second)]
    if plan.offer_video:
        out.append(_offer_video(plan))
    out += extras(plan)
    reminder = _policy_reminder(plan)
    if reminder:
        out.append(reminder)
    out.append("Resto in attesa di un Suo riscontro." if f else "Aspetto tue notizie!")
    return out


def late_cancellation(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    cause, quoted = _client_reason(plan)
    first = (
        f"La ringrazio per avermi fatto sapere che non potrà partecipare {_ref(plan, 'a')}{cause}."
        if f
        else f"Grazie per avermi fatto sapere che non riesci a venire {_ref(plan, 'a')}{cause}."
    )
    if s.reason:
        sympathy = "Mi dispiace per il contrattempo." if f else "Mi dispiace per il contrattempo!"
    else:
        sympathy = "Comprendo perfettamente: sono cose che possono capitare." if f else "Nessun problema, sono cose che capitano!"
    first = _join(first, quoted, sympathy)
    times = list(s.proposed_times)
    if len(times) == 1:
        second = (
            f"Per fissare un nuovo appuntamento, Le andrebbe bene {times[0]}?"
            if f
            else f"Per recuperare, ti andrebbe bene {times[0]}?"
        )
    elif times:
        second = (
            "Per fissare un nuovo appuntamento, Le propongo questi orari:" if f
            else "Per recuperare, ti propongo questi orari:"
        ) + bullets(times)
    else:
        second = (
            "Quando lo desidera, mi indichi qualche orario a Lei comodo per un nuovo appuntamento."
            if f
            else "Mandami pure qualche orario che ti va bene e troviamo un nuovo momento."
        )
    out = [first, _join(_appreciation(plan), second)]
    if plan.offer_video:
        out.append(_offer_video(plan))
    out += extras(plan)
    reminder = _policy_reminder(plan)
    if reminder:
        out.append(reminder)
    out.append("Resto a Sua disposizione e attendo un Suo riscontro." if f else "Aspetto tue notizie!")
    return out


def cancellation_policy(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    if s.meeting is None:  # a standalone notice, e.g. to a new client
        new = s.relationship is Relationship.new
        first = (
            ("All'inizio della nostra collaborazione, Le invio" if new else "Le ricordo")
            + " le nostre condizioni di disdetta, come previste dal nostro accordo, così che tutto sia chiaro per entrambi."
            if f
            else ("Visto che iniziamo a lavorare insieme, ti scrivo" if new else "Ti scrivo")
            + " due righe sulle nostre condizioni di disdetta, come previste dal nostro accordo, così è tutto chiaro."
        )
    else:
        first = (
            f"In vista {_ref(plan, 'di')}, Le invio le nostre condizioni di disdetta, così che tutto sia chiaro per entrambi."
            if f
            else f"In vista {_ref(plan, 'di')}, ti scrivo due righe sulle nostre condizioni di disdetta, così siamo d'accordo su tutto."
        )
    if s.reason:
        first += (" Ci tengo a farlo ora" if f else " Te ne parlo ora") + _because(s.reason) + "."
    third = (
        "Si tratta semplicemente di un modo per garantire il tempo riservato a Lei."
        if f
        else "È solo un modo per tenere davvero libero il tempo che dedichiamo a te."
    )
    out = [first, _join(*policy_sentences(plan), third)]
    appreciation = _appreciation(plan)
    if appreciation:
        out.append(appreciation)
    out += extras(plan)
    out.append("Per qualsiasi domanda, resto a Sua disposizione." if f else "Se hai domande, chiedimi pure.")
    return out



_SUBJECT = {
    Intent.decline: "{meeting}: purtroppo non potrò partecipare",
    Intent.reschedule: "{meeting}: proposta di spostamento",
    Intent.shorten: "{meeting}: proposta di un incontro più breve",
    Intent.switch_to_call: "{meeting}: una telefonata al posto dell'incontro?",
    Intent.switch_to_email: "{meeting}: procediamo via email",
    Intent.delegate: "{meeting}: al mio posto {colleague_name}",
    Intent.no_show_followup: "{meeting}: fissiamo un nuovo appuntamento",
    Intent.late_cancellation: "{meeting}: fissiamo un nuovo appuntamento",
    Intent.cancellation_policy: "{meeting}: le nostre condizioni di disdetta",
}


def thanks(plan: Plan) -> str:
    """Thanks for going along with a change we asked for."""
    return "La ringrazio per la comprensione." if plan.formal else "Grazie per la flessibilità!"


def subject(plan: Plan) -> str:
    """The subject line."""
    s = plan.situation
    if s.meeting is None:
        return "Le nostre condizioni di disdetta"
    subject = _SUBJECT[s.intent].format(meeting=_cap(s.meeting.strip()), colleague_name=s.colleague_name or "")
    return subject
