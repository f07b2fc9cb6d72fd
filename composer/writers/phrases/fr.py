"""French phrasing for the built-in writer: vouvoiement when formal, tutoiement when friendly.

Written for French, not translated: no filler openers, nothing that agrees in gender with the sender
or the recipient (both unknown), and the user's free text (meeting, time, reason) set into
constructions that stay grammatical whatever was typed: no "de" + article before the meeting, the
time after "prévu", the reason after "car" (a clause) or "en raison de" (a noun phrase, contracted).

Typography: a narrow no-break space (U+202F) before ? ! ; : and %, and inside « ».
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from composer.models import Intent, Relationship
from composer.writers.plan import Plan, bullets, num

NB = "\u202f"  # espace fine insécable
Q = f"{NB}?"  # point d'interrogation
EXCL = f"{NB}!"
COLON = f"{NB}:"


def _quote(text: str) -> str:
    return f"«{NB}{text}{NB}»"


# ---------------------------------------------------------------------------------------------
# The user's free text
# ---------------------------------------------------------------------------------------------

_VOWEL = "aeiouyàâäéèêëîïôöùûüœæ"
# Words that start a noun phrase; after "de" some contract (le -> du, les -> des, un -> d'un).
_DETERMINERS = (
    "le la les l' un une des du de d' mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs "
    "ce cet cette ces quelques plusieurs certains certaines aucun aucune tout toute tous toutes "
    "deux trois quatre cinq"
).split()
# Words that start a clause: subject pronouns and the like.
_PRONOUNS = "je j' nous on il elle ils elles c' ce ça cela ceci tu vous il y".split()
# Finite verbs that make a reason a clause ("mon vol est annulé") rather than a noun phrase.
_FINITE = re.compile(
    r"(?<!['’\w])(suis|est|sommes|êtes|sont|étais|était|étions|étaient|serai|sera|serons|seront|"
    r"ai|a|avons|avez|ont|avais|avait|avions|avaient|aurai|aura|aurons|auront|"
    r"dois|doit|devons|devez|doivent|devais|devait|devrai|devra|"
    r"vais|va|allons|vont|peux|peut|pouvons|pouvez|peuvent|pouvais|pouvait|pourrai|pourra|"
    r"faut|fallait|faudra|tombe|tombent|coïncide|coïncident|chevauche|empêche|oblige)(?![\w'’])",
    re.IGNORECASE,
)
# A relative clause inside a noun phrase ("un rendez-vous qui ne peut pas être déplacé").
_RELATIVE = re.compile(
    r"(?<![\w])(qui|que|qu['’]|dont|où|lequel|laquelle|lesquels|lesquelles)(?![\w])", re.IGNORECASE
)
# A few words with an aspirated h take "de", not "d'".
_H_ASPIRE = (
    "haut", "hauss", "hâte", "hasard", "hall", "handicap", "hangar", "hernie", "hiérarch", "honte", "hors", "hockey"
)

_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_MONTHS = r"(janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec)"


def _first_word(text: str) -> str:
    """The first word, lower-cased, with an elided article or pronoun kept as "l'", "j'", "c'"."""
    m = re.match(r"([^\s'’]+['’]|[^\s]+)", text.strip())
    return m.group(1).lower().replace("’", "'") if m else ""


def _is_acronym_or_name(word: str) -> bool:
    core = word.strip("'’")
    return len(core) > 1 and (core.isupper() or any(c.isupper() for c in core[1:]))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _clean(text: str) -> str:
    return text.strip().rstrip(".!;:,").strip()


def _starts_with(text: str, words: list[str] | tuple[str, ...]) -> bool:
    return _first_word(text) in words


def _is_clause(reason: str) -> bool:
    r = _clean(reason)
    if _starts_with(r, _PRONOUNS) or re.match(r"(?i)il y a\b", r):
        return True
    # A verb only inside a relative clause still leaves a noun phrase.
    head = _RELATIVE.split(r, maxsplit=1)[0]
    return bool(_FINITE.search(head))


def _reason_text(reason: str, clause: bool) -> str:
    """The reason as it reads mid-sentence: a leading capital lowered unless it starts a name."""
    r = _clean(reason)
    first = r.split(" ", 1)[0]
    if _is_acronym_or_name(first):
        return r
    w = _first_word(r)
    if w in _PRONOUNS or w in _DETERMINERS:
        return _lower_first(r)
    # A capitalised word that is not a pronoun or an article: a common noun ("Grève des
    # transports") when the reason is a noun phrase, most likely a name ("Marie est malade") when
    # it is a clause.
    return r if clause else _lower_first(r)


def _elide(word: str, following: str) -> str:
    """'que' + 'il' -> "qu'il"; 'de' + 'un' -> "d'un"."""
    f = following[:1].lower()
    if f in _VOWEL or (f == "h" and not following.lower().startswith(_H_ASPIRE)):
        return word[:-1] + "'" + following
    return f"{word} {following}"


def _de(np: str) -> str:
    """'de' before a noun phrase, contracted the way French requires."""
    w = _first_word(np)
    rest = np.split(" ", 1)[1] if " " in np else ""
    if w == "le":
        return f"du {rest}"
    if w == "les":
        return f"des {rest}"
    if w in ("du", "des", "de", "d'"):  # already carries its "de": "du retard", "des grèves"
        return np
    if w in ("la", "l'"):
        return f"de {np}"
    return _elide("de", np)


def _np_cause(np: str, formal: bool) -> str:
    """'en raison d'un déplacement' / 'à cause du retard' / 'pour cause de grève' (bare noun)."""
    if _first_word(np) in _DETERMINERS:
        return ("en raison " if formal else "à cause ") + _de(np)
    return "pour cause " + _elide("de", np)


def because(reason: str | None, plan: Plan, *, after_time: bool = False) -> str:
    """', car je dois être à Lyon' / ' en raison d'un déplacement' / '' when no reason.

    After a meeting reference ("…, prévu jeudi à 10 h") the appositive needs its closing comma.
    """
    if not reason:
        return ""
    clause = _is_clause(reason)
    r = _reason_text(reason, clause)
    if clause:
        return f", car {r}"
    return ("," if after_time else "") + " " + _np_cause(r, plan.formal)


def _at(time: str) -> str:
    """A time as an adverbial: 'jeudi 14 mars à 10 h', 'le 14/03 à 10:00', 'à 14 h'."""
    t = time.strip()
    low = t.lower()
    if low.startswith(_WEEKDAYS + ("demain", "après-demain", "aujourd'hui", "aujourd’hui")):
        return t[:1].lower() + t[1:]
    if re.match(r"(le|l'|l’|ce|cet|cette|à|dès|en|dans|vers|entre|avant|après|début|fin|mi-)\b", low):
        return t[:1].lower() + t[1:] if not _is_acronym_or_name(t.split(" ", 1)[0]) else t
    if re.match(rf"\d{{4}}-\d|\d{{1,2}}(er)?\s*([/.-]\d|\s+{_MONTHS})", low):
        return f"le {t}"
    if re.match(r"\d{1,2}\s*(h|:)", low):
        return f"à {t}"
    return t


def _times(times: list[str]) -> str:
    """One time inline; several as a list that ends its paragraph."""
    if len(times) == 1:
        return _at(times[0])
    return bullets(times)


# Head nouns that name a meeting, with their gender: "la revue trimestrielle" or "Comité de
# pilotage" is itself the meeting, so it can stand in the sentence as it is ("prévue jeudi…").
_MEETING_NOUNS = {
    **dict.fromkeys(
        "point rendez-vous rdv atelier comité copil call entretien déjeuner dîner petit-déjeuner bilan "
        "séminaire workshop kick-off kickoff échange appel suivi briefing débrief debrief meeting webinaire "
        "webinar audit conseil comex codir événement évènement afterwork".split(),
        "m",
    ),
    **dict.fromkeys(
        "réunion réunions revue séance présentation démo démonstration formation conférence visio "
        "visioconférence session soutenance rencontre assemblée consultation visite restitution "
        "table".split(),
        "f",
    ),
}


@dataclass(frozen=True)
class _Ref:
    """How the message names the meeting: text, the pronoun that takes it up, and agreement."""

    text: str
    pronoun: str  # "le", "la" or "les"
    ending: str  # "", "e", "s" or "es", for "prévu" and other participles

    @property
    def plural(self) -> bool:
        return self.pronoun == "les"


def _ref(plan: Plan) -> _Ref:
    """The meeting as the message names it, without its time.

    'la revue trimestrielle du compte' (a meeting noun, kept as is), 'notre comité de pilotage'
    (a bare meeting noun), 'notre réunion sur le budget' / 'notre point sur le lancement du site'
    (a topic), 'notre rendez-vous pour une présentation', 'notre rendez-vous « Q3 »' (anything else).
    The templates never put "de" or "à" right before it, so "le …" and "les …" need no contraction
    and the meeting stays verbatim.
    """
    s = plan.situation
    m = s.meeting.strip()
    words = m.replace("’", "'").split()
    w = _first_word(m)
    determined = w in _DETERMINERS and w not in ("de", "d'", "du", "des", "deux", "trois", "quatre", "cinq")
    first_plain = not _is_acronym_or_name(words[0]) and words[0][1:] == words[0][1:].lower()
    if w == "l'":
        head = m.replace("’", "'").split("'", 1)[1].split(" ", 1)[0].lower()
    elif determined:
        head = words[1].lower() if len(words) > 1 else ""
    else:
        head = w
    gender = _MEETING_NOUNS.get(head)
    if determined and first_plain:
        m = _lower_first(m)
    indefinite = w in ("un", "une", "quelques", "plusieurs", "certains", "certaines", "aucun", "aucune")
    if gender and not indefinite and (determined or first_plain):
        if not determined:
            m = "notre " + (_lower_first(m) if first_plain else m)
        plural = w in ("les", "mes", "tes", "ses", "nos", "vos", "leurs", "ces") or head == "réunions"
        if plural:
            return _Ref(m, "les", "es" if gender == "f" else "s")
        return _Ref(m, "la" if gender == "f" else "le", "e" if gender == "f" else "")
    f = plan.formal
    if indefinite:  # "une présentation": what the meeting is for
        return _Ref(f"notre rendez-vous pour {m}", "le", "") if f else _Ref(f"notre réunion pour {m}", "la", "e")
    if not determined:  # a title of its own: "Q3 kickoff"
        return _Ref(f"notre rendez-vous {_quote(m)}", "le", "") if f else _Ref(f"notre point {_quote(m)}", "le", "")
    # A topic: "notre réunion sur le budget", "notre point sur le lancement du site".
    return _Ref(f"notre réunion sur {m}", "la", "e") if f else _Ref(f"notre point sur {m}", "le", "")


def _meeting(plan: Plan) -> str:
    """The meeting and its time: 'la revue trimestrielle du compte, prévue jeudi 14 mars à 10 h'.

    Ends with the time, so a sentence may go on after a comma; never preceded by "de" or "à".
    """
    r = _ref(plan)
    return f"{r.text}, prévu{r.ending} {_at(plan.situation.meeting_time)}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------------------------------------
# Shared moves
# ---------------------------------------------------------------------------------------------


def greeting(plan: Plan) -> str:
    return f"Bonjour {plan.situation.recipient_name},"


_FRIENDLY_CLOSING = {Relationship.key: "Bien à toi,", Relationship.regular: "Belle journée,", Relationship.new: "À bientôt,"}


def closing(plan: Plan) -> str:
    rel = plan.situation.relationship
    if plan.formal:
        return "Très cordialement," if rel is Relationship.key else "Bien cordialement,"
    return _FRIENDLY_CLOSING[rel]


def _n_hours(value: float, plan: Plan) -> str:
    return f"{num(value, plan)} heure" + ("s" if value >= 2 else "")


def _pct(value: float, plan: Plan) -> str:
    return f"{num(value, plan)}{NB}%"


def policy_sentences(plan: Plan) -> list[str]:
    p = plan.situation.policy
    if p is None or p.is_empty():
        return []
    f = plan.formal
    out: list[str] = []
    if p.notice_hours is not None:
        h = _n_hours(p.notice_hours, plan)
        out.append(
            f"Un rendez-vous peut être déplacé ou annulé sans frais jusqu'à {h} à l'avance."
            if f
            else f"Tu peux décaler ou annuler sans frais jusqu'à {h} à l'avance."
        )
    if p.fee_percent is not None:
        what = "du montant de la prestation" if f else "du montant"
        if p.notice_hours is not None:
            out.append(f"Passé ce délai, {_pct(p.fee_percent, plan)} {what} est facturé.")
        else:
            pct = _pct(p.fee_percent, plan)
            out.append(f"En cas d'annulation tardive ou d'absence, {pct} {what} est facturé.")
    if p.deposit_percent is not None:
        out.append(f"Un acompte de {_pct(p.deposit_percent, plan)} est demandé à la réservation.")
    return out


def _policy_reminder(plan: Plan) -> str:
    """The policy, gently, for next time (client-side intents)."""
    lead = (
        "Pour la suite, je me permets de vous rappeler notre politique d'annulation."
        if plan.formal
        else "Petit rappel au passage de nos conditions d'annulation, pour la prochaine fois."
    )
    return lead + " " + " ".join(policy_sentences(plan))


def extras(plan: Plan) -> list[str]:
    """Facts the situation gives that the intent's core did not already use."""
    s = plan.situation
    f = plan.formal
    out: list[str] = []
    for name in plan.extras:
        if name == "duration_minutes":
            out.append(
                f"Nous pourrions d'ailleurs nous limiter à {s.duration_minutes} minutes, si cela vous arrange."
                if f
                else f"On peut tout à fait faire ça en {s.duration_minutes} minutes."
            )
        elif name == "colleague_name":
            out.append(
                f"{s.colleague_name}, de mon équipe, peut aussi vous aider d'ici là si besoin."
                if f
                else f"{s.colleague_name}, de mon équipe, est là aussi si tu as besoin de quoi que ce soit d'ici là."
            )
        elif name == "proposed_times":
            times = list(s.proposed_times)
            # Delegating: the meeting can move, whoever holds it; otherwise I offer my own time.
            if s.intent is Intent.delegate:
                pron = _ref(plan).pronoun
                lead = (
                    f"Si vous préférez un autre moment, nous pouvons aussi {pron} prévoir"
                    if f
                    else f"Si tu préfères un autre moment, on peut aussi {pron} caler"
                )
            else:
                lead = (
                    "Si vous préférez un autre moment, je peux aussi vous proposer"
                    if f
                    else "Si tu préfères un autre moment, je suis aussi dispo"
                )
            if len(times) == 1:
                out.append(f"{lead} {_at(times[0])}.")
            else:
                on_slot = not f or s.intent is Intent.delegate  # "prévoir sur", "dispo sur"; "proposer l'un"
                where = "sur l'un de ces créneaux" if on_slot else "l'un de ces créneaux"
                out.append(f"{lead} {where}{COLON}" + _times(times))
        elif name == "policy":
            lead = (
                "Je vous rappelle par ailleurs notre politique d'annulation."
                if f
                else "Petit rappel au passage de nos conditions d'annulation."
            )
            out.append(lead + " " + " ".join(policy_sentences(plan)))
    return out


_WHAT_CHANGES = {Intent.decline: "mon absence", Intent.reschedule: "ce report", Intent.delegate: "ce changement"}


def _appreciation(plan: Plan) -> str | None:
    f, intent = plan.formal, plan.situation.intent
    if plan.appreciation:
        if intent in (Intent.shorten, Intent.switch_to_call, Intent.switch_to_email):
            return (
                "Votre projet me tient particulièrement à cœur, et je tiens à ce que notre temps soit utilisé au mieux."
                if f
                else "Ton projet me tient vraiment à cœur, et je veux qu'on profite au mieux de ce temps ensemble."
            )
        if plan.client_side or intent is Intent.cancellation_policy:
            return "Je tiens beaucoup à notre collaboration." if f else "Travailler avec toi, c'est toujours un plaisir."
        what = _WHAT_CHANGES.get(intent, "cela")
        return (
            f"Notre collaboration compte beaucoup pour moi, et je tiens à ce que {what} ne retarde rien."
            if f
            else f"Travailler avec toi compte vraiment pour moi, et je ne veux pas que {what} ralentisse quoi que ce soit."
        )
    if plan.welcome:
        return "Je me réjouis de travailler avec vous." if f else "J'ai hâte qu'on travaille ensemble."
    return None


def _with_appreciation(plan: Plan, text: str) -> str:
    return " ".join(x for x in (_appreciation(plan), text) if x)


def _client_reason(plan: Plan, *, no_show: bool) -> str:
    """The client's own reason for cancelling or not coming, acknowledged without judging it."""
    s, f = plan.situation, plan.formal
    assert s.reason
    clause = _is_clause(s.reason)
    r = _reason_text(s.reason, clause)
    if clause and _first_word(r) in ("je", "j'", "nous", "on"):
        # The client's own words, in the first person: quote them rather than misattribute them.
        return (
            f"Je comprends tout à fait la raison que vous m'avez indiquée{COLON} {_quote(r)}."
            if f
            else f"Je comprends très bien la raison que tu m'as donnée{COLON} {_quote(r)}."
        )
    if clause:
        understand = "je comprends tout à fait" if f else "je comprends très bien"
        return f"Je regrette d'apprendre {_elide('que', r)}, et {understand}."
    cause = _np_cause(r, f)
    if no_show:
        return (
            f"Je comprends tout à fait que vous n'ayez pas pu venir {cause}."
            if f
            else f"Je comprends très bien que tu n'aies pas pu venir {cause}."
        )
    return (
        f"Je comprends tout à fait que ce rendez-vous n'ait pas pu être maintenu {cause}."
        if f
        else f"Je comprends très bien que ça n'ait pas été possible {cause}."
    )


def _video(plan: Plan) -> str:
    return (
        "Nous pouvons aussi nous retrouver en visioconférence ou par téléphone, si c'est plus simple pour vous."
        if plan.formal
        else "On peut aussi faire ça en visio ou par téléphone, si c'est plus simple pour toi."
    )


# ---------------------------------------------------------------------------------------------
# Intents
# ---------------------------------------------------------------------------------------------


def decline(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"Je vous remercie d'avoir pensé à moi pour {_meeting(plan)}. "
        f"Je ne pourrai malheureusement pas y participer{because(s.reason, plan)}."
        if f
        else f"Merci d'avoir pensé à moi pour {_meeting(plan)}. "
        f"Je ne pourrai malheureusement pas me libérer{because(s.reason, plan)}."
    )
    alt = {
        "shorter": (
            f"Je souhaiterais néanmoins faire le point avec vous sur l'essentiel{COLON} nous pourrions prévoir "
            f"à la place un échange plus court, de {s.duration_minutes} minutes."
            if f
            else f"J'aimerais quand même qu'on fasse le point sur l'essentiel{COLON} on pourrait se caler "
            f"une version courte, en {s.duration_minutes} minutes{Q}"
        ),
        "call": (
            "Pour avancer malgré tout, je vous propose volontiers un court échange téléphonique à la place."
            if f
            else f"Pour avancer quand même, on pourrait s'appeler rapidement à la place{Q}"
        ),
        "email": (
            "Je peux en revanche vous transmettre mes remarques par e-mail, afin que rien ne reste en suspens."
            if f
            else "Je peux par contre t'envoyer mes remarques par mail, pour que rien ne reste en suspens."
        ),
        "later": (
            "Je reviendrai volontiers vers vous à un moment plus propice pour en reparler."
            if f
            else "Si tu veux, on en reparle avec plaisir dès que le moment s'y prête."
        ),
    }[plan.alternative or "later"]
    out = [first, _with_appreciation(plan, alt)]
    out += extras(plan)
    out.append(
        "N'hésitez pas à me dire ce qui vous conviendrait le mieux." if f else "Dis-moi ce qui t'arrange le mieux."
    )
    return out


def _offer_times(plan: Plan) -> str:
    times = list(plan.situation.proposed_times)
    f = plan.formal
    if not times:
        return (
            f"Pourriez-vous m'indiquer quelques créneaux qui vous conviendraient{Q}"
            if f
            else f"Tu pourrais m'indiquer quelques créneaux qui t'arrangent{Q}"
        )
    if len(times) == 1:
        return (
            f"Seriez-vous disponible {_at(times[0])} à la place{Q}"
            if f
            else f"Est-ce que tu serais dispo {_at(times[0])} à la place{Q}"
        )
    head = f"L'un de ces créneaux vous conviendrait-il{Q}" if f else f"Est-ce qu'un de ces créneaux t'irait{Q}"
    return head + _times(times)


def reschedule(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"Il me faut malheureusement déplacer {_meeting(plan)}{because(s.reason, plan, after_time=True)}. "
        "Je vous prie de m'excuser pour ce changement."
        if f
        else f"Petit changement de programme{COLON} il faut que je décale {_meeting(plan)}"
        f"{because(s.reason, plan, after_time=True)}. Pardon pour ce contretemps{EXCL}"
    )
    out = [first, _with_appreciation(plan, _offer_times(plan))]
    if plan.offer_video:
        out.append(_video(plan))
    out += extras(plan)
    out.append(
        "Dès votre confirmation, je vous enverrai une nouvelle invitation."
        if f
        else "Dès que tu me confirmes, je t'envoie une nouvelle invitation."
    )
    return out


def shorten(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    n = s.duration_minutes
    if f:
        first = (
            f"Concernant {_meeting(plan)}, je vous propose d'en ramener la durée à {n} minutes"
            f"{because(s.reason, plan)}. Je vous prie de m'excuser pour ce changement de format."
        )
    else:
        first = f"Pour {_meeting(plan)}, est-ce qu'on pourrait s'en tenir à {n} minutes{Q}"
        if s.reason:
            first += f" Je te propose ça{because(s.reason, plan)}."
        first += f" Pardon pour le changement de programme{EXCL}"
    second = (
        "Je viendrai avec un ordre du jour resserré pour que nous puissions couvrir l'essentiel dans le temps "
        "imparti, et le reste pourra se traiter par e-mail."
        if f
        else "Je prépare un ordre du jour court pour qu'on aille droit à l'essentiel, et on règle le reste par mail."
    )
    out = [first, _with_appreciation(plan, second)]
    out += extras(plan)
    out.append(f"Cela vous conviendrait-il{Q}" if f else f"Ça te va{Q}")
    return out


def _why(plan: Plan) -> str:
    """' Je vous le propose car …' after a suggestion, or '' with no reason."""
    s = plan.situation
    if not s.reason:
        return ""
    return (" Je vous le propose" if plan.formal else " Je te propose ça") + because(s.reason, plan) + "."


def _sorry_format(plan: Plan) -> str:
    return (
        " Je vous prie de m'excuser pour ce changement de format."
        if plan.formal
        else f" Pardon pour le changement de programme{EXCL}"
    )


def switch_to_call(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"Concernant {_meeting(plan)}, accepteriez-vous que nous {_ref(plan).pronoun} tenions par téléphone "
        f"plutôt qu'en personne{Q}"
        if f
        else f"Pour {_meeting(plan)}, est-ce qu'un appel t'irait plutôt que de se voir en personne{Q}"
    ) + _why(plan) + _sorry_format(plan)
    second = (
        "Un appel nous épargnerait un déplacement, tout en nous laissant le temps de passer chaque point en revue."
        if f
        else "Un appel nous éviterait le trajet, et on aurait quand même le temps de faire le tour de tout."
    )
    out = [first, _with_appreciation(plan, second)]
    if s.proposed_times:
        times = list(s.proposed_times)
        if len(times) == 1:
            out.append(
                f"Je peux vous appeler à l'heure prévue ou, si vous préférez, {_at(times[0])}."
                if f
                else f"Je peux t'appeler à l'heure prévue ou, si tu préfères, {_at(times[0])}."
            )
        else:
            out.append(
                (
                    f"Je peux vous appeler à l'heure prévue ou sur l'un de ces créneaux{COLON}"
                    if f
                    else f"Je peux t'appeler à l'heure prévue ou sur l'un de ces créneaux{COLON}"
                )
                + _times(times)
            )
    out += extras(plan)
    out.append(
        "Merci de me dire si cela vous convient, et à quel numéro je peux vous joindre."
        if f
        else "Dis-moi si ça te va, et à quel numéro je peux te joindre."
    )
    return out


def switch_to_email(plan: Plan) -> list[str]:
    f = plan.formal
    first = (
        f"Concernant {_meeting(plan)}, je pense que nous pourrions, dans un premier temps, traiter les points "
        "par e-mail, ce qui nous ferait gagner du temps."
        if f
        else f"Pour {_meeting(plan)}, je me dis qu'on pourrait régler les points par mail pour l'instant, "
        "et gagner du temps."
    ) + _why(plan) + _sorry_format(plan)
    second = (
        "Je vous enverrai un récapitulatif écrit avec les points clés et mes questions. Si un sujet mérite "
        "une véritable discussion, nous pourrons bien sûr prévoir un appel."
        if f
        else "Je t'envoie un petit récap écrit avec les points clés et mes questions. Si un sujet mérite "
        "qu'on en parle de vive voix, on s'appelle, tout simplement."
    )
    out = [first, _with_appreciation(plan, second)]
    out += extras(plan)
    out.append(f"Cela vous conviendrait-il{Q}" if f else f"Ça te va{Q}")
    return out


def delegate(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    c = s.colleague_name
    first = (
        f"Concernant {_meeting(plan)}, je ne pourrai malheureusement pas y assister moi-même"
        f"{because(s.reason, plan)}. C'est donc {c}, de mon équipe, qui me remplacera."
        if f
        else f"Pour {_meeting(plan)}, je ne pourrai malheureusement pas y être moi-même"
        f"{because(s.reason, plan)}{COLON} c'est {c}, de mon équipe, qui prendra le relais."
    )
    second = (
        f"{c} connaît bien votre projet, et je lui transmettrai en amont tous les éléments utiles pour répondre "
        "à vos questions. Je continuerai de suivre le dossier de près et resterai joignable en cas de besoin."
        if f
        else f"{c} connaît bien ton projet, et je vais lui transmettre tout ce qu'il faut pour répondre à tes "
        "questions. Je reste dans la boucle, et tu peux toujours me joindre."
    )
    out = [first, _with_appreciation(plan, second)]
    out += extras(plan)
    out.append(
        "N'hésitez pas à revenir vers moi si vous avez des questions d'ici là."
        if f
        else "Si tu as des questions d'ici là, n'hésite pas."
    )
    return out


def no_show_followup(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    has = "n'ont" if _ref(plan).plural else "n'a"
    first = (
        f"Je reviens vers vous concernant {_meeting(plan)}, qui {has} finalement pas pu avoir lieu. "
        "J'espère que tout va bien de votre côté."
        if f
        else f"Je reviens vers toi pour {_meeting(plan)}, qui {has} finalement pas eu lieu{COLON} "
        f"j'espère que tout va bien de ton côté{EXCL}"
    )
    if s.reason:
        first += " " + _client_reason(plan, no_show=True)
    times = list(s.proposed_times)
    if len(times) == 1:
        second = (
            f"Si vous le souhaitez, je peux vous proposer un nouveau rendez-vous {_at(times[0])}."
            if f
            else f"Si tu veux qu'on se recale, je suis dispo {_at(times[0])}."
        )
    elif times:
        second = (
            f"Si vous le souhaitez, je peux vous proposer un nouveau rendez-vous sur l'un de ces créneaux{COLON}"
            if f
            else f"Si tu veux qu'on se recale, je suis dispo sur l'un de ces créneaux{COLON}"
        ) + _times(times)
    else:
        second = (
            "N'hésitez pas à m'indiquer un créneau qui vous conviendrait, et nous fixerons un nouveau rendez-vous."
            if f
            else "Si tu veux, envoie-moi simplement un créneau qui t'arrange, et on se recale."
        )
    out = [first, _with_appreciation(plan, second)]
    if plan.offer_video:
        out.append(_video(plan))
    if s.policy is not None and not s.policy.is_empty():
        out.append(_policy_reminder(plan))
    out += extras(plan)
    out.append("Au plaisir d'avoir de vos nouvelles." if f else f"Tiens-moi au courant{EXCL}")
    return out


def late_cancellation(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"Merci de m'avoir fait savoir que vous deviez annuler {_meeting(plan)}."
        if f
        else f"Merci de m'avoir fait signe{COLON} c'est noté, on annule {_meeting(plan)}."
    )
    first += " " + (
        _client_reason(plan, no_show=False)
        if s.reason
        else ("Je comprends tout à fait." if f else "Pas de souci, ce sont des choses qui arrivent.")
    )
    times = list(s.proposed_times)
    if len(times) == 1:
        second = (
            f"Pour fixer un nouveau rendez-vous, seriez-vous disponible {_at(times[0])}{Q}"
            if f
            else f"Pour qu'on se recale, est-ce que tu serais dispo {_at(times[0])}{Q}"
        )
    elif times:
        second = (
            f"Pour fixer un nouveau rendez-vous, l'un de ces créneaux vous conviendrait-il{Q}"
            if f
            else f"Pour qu'on se recale, est-ce qu'un de ces créneaux t'irait{Q}"
        ) + _times(times)
    else:
        second = (
            "Pourriez-vous m'indiquer quelques créneaux qui vous conviendraient pour un nouveau "
            f"rendez-vous{Q}"
            if f
            else "N'hésite pas à m'envoyer quelques créneaux qui t'arrangent, et on trouvera une nouvelle date."
        )
    out = [first, _with_appreciation(plan, second)]
    if plan.offer_video:
        out.append(_video(plan))
    if s.policy is not None and not s.policy.is_empty():
        out.append(_policy_reminder(plan))
    out += extras(plan)
    out.append(
        "Au plaisir d'échanger avec vous très prochainement." if f else f"Au plaisir d'échanger très vite{EXCL}"
    )
    return out


def cancellation_policy(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    if s.meeting is None:  # a standalone notice, e.g. to a new client
        new = s.relationship is Relationship.new
        first = (
            ("Au moment de démarrer notre collaboration, je souhaite vous présenter" if new else "Je souhaite vous rappeler")
            + " notre politique d'annulation, telle que prévue dans notre contrat, afin que tout soit clair de part et d'autre."
            if f
            else ("Pour bien démarrer, un petit mot" if new else "Un petit mot")
            + " sur nos conditions d'annulation, telles que prévues dans notre contrat, pour qu'on soit sur la même longueur d'onde."
        )
    else:
        first = (
            f"Avant {_meeting(plan)}, je souhaite vous présenter notre politique d'annulation, "
            "afin que tout soit clair de part et d'autre."
            if f
            else f"Avant {_meeting(plan)}, un petit mot sur nos conditions d'annulation, "
            "pour qu'on soit sur la même longueur d'onde."
        )
    if s.reason:
        first += (" Je vous en fais part" if f else " Je t'en parle") + because(s.reason, plan) + "."
    second = " ".join(policy_sentences(plan))
    third = (
        "Cela nous permet simplement de vous réserver pleinement ce créneau."
        if f
        else "C'est simplement ce qui nous permet de garder ce créneau pour toi."
    )
    out = [first, second + " " + third]
    out += extras(plan)
    last = (
        "N'hésitez pas à revenir vers moi si vous avez la moindre question."
        if f
        else "Si tu as la moindre question, n'hésite pas."
    )
    out.append(_with_appreciation(plan, last))
    return out



_SUBJECT = {  # (formal, friendly)
    Intent.decline: ("je ne pourrai pas y participer", "je ne pourrai pas me libérer"),
    Intent.reschedule: ("changement d'horaire", f"on décale{Q}"),
    Intent.shorten: ("proposition de format court", f"version courte{Q}"),
    Intent.switch_to_call: (f"un échange téléphonique{Q}", f"on s'appelle{Q}"),
    Intent.switch_to_email: ("échange par e-mail dans un premier temps", f"par mail pour l'instant{Q}"),
    Intent.delegate: ("{colleague_name} prend le relais", "{colleague_name} prend le relais"),
    Intent.no_show_followup: ("un nouveau créneau", f"on se recale{Q}"),
    Intent.late_cancellation: ("un nouveau créneau", f"on se recale{Q}"),
    Intent.cancellation_policy: ("notre politique d'annulation", "nos conditions d'annulation"),
}


def thanks(plan: Plan) -> str:
    """Thanks for going along with a change we asked for."""
    return "Merci de votre compréhension." if plan.formal else "Merci pour ta souplesse\u202f!"


def subject(plan: Plan) -> str:
    """The subject line."""
    s = plan.situation
    formal_subject, friendly_subject = _SUBJECT[s.intent]
    topic = (formal_subject if plan.formal else friendly_subject).replace("{colleague_name}", s.colleague_name or "")
    if s.meeting is None:
        return _cap(topic)
    subject = f"{_cap(s.meeting.strip())}{COLON} {topic}"
    return subject
