"""Dutch phrasing for the built-in writer: zakelijk maar menselijk, geen loze openingszinnen.

Formal drafts address the reader with "u/uw" throughout and never use "je", not even the generic
one; friendly drafts use "je/jij/jouw" and never "u". The user's own free text (meeting, time,
reason, proposed times) is slotted in where Dutch grammar holds whatever was typed:

- the meeting follows "ons overleg over", the time follows "op" when it starts with a weekday or a
  date, and goes in parentheses otherwise;
- a reason that reads as a main clause ("ik moet die dag in Rotterdam zijn") follows ", want", which
  keeps main-clause word order; a noun phrase ("een afspraak bij een andere klant") follows "vanwege";
- the client's reason (no-show, late cancellation) goes after a colon or after "van", never into a
  "dat"-clause, which would need verb-final order;
- a proposed time is the subject or an adverbial of its sentence ("Past ... in uw agenda?",
  "Ik kan ..."), so no preposition has to be guessed; several times are a list that ends its paragraph.
"""

from __future__ import annotations

import re

from composer.models import Intent, Relationship
from composer.writers.plan import Plan, bullets, num

# Subject pronouns that open a main clause whatever follows.
_CLAUSE_START = re.compile(r"^(ik|we|wij|er|hij|zij|ze|men|jij|je|u)\b", re.IGNORECASE)
# Finite verbs that make a reason a clause ("de trein had vertraging", "het congres is verplaatst").
_FINITE = re.compile(
    r"\b(is|ben|bent|was|waren|heb|hebt|heeft|had|hadden|hebben|moet|moeten|moest|moesten|kan|kun|kunt|"
    r"kunnen|kon|konden|wordt|worden|werd|werden|zal|zullen|zou|zouden|wil|wilt|willen|wilde|mag|mogen|"
    r"ga|gaat|gaan|ging|gingen|zit|zitten|zat|zaten|sta|staat|staan|stond|lig|ligt|lag|kom|komt|komen|"
    r"kwam|kwamen|valt|viel|vielen|zijn)\b",
    re.IGNORECASE,
)
# A relative pronoun starts a subordinate part: a verb after it does not make the reason a clause
# ("een afspraak die is uitgelopen" stays a noun phrase).
_RELATIVE = re.compile(r"\b(die|dat|wat|waar|waardoor|welke)\b", re.IGNORECASE)

# A bare clock time ("10.00 uur", "14:00") takes "om"; a weekday or a date takes "op".
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}\b")
_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def _lower_first(text: str) -> str:
    """Lower-case a leading capital unless it starts a name-like word or an acronym (KLM, IJsland)."""
    text = text.strip().rstrip(".!;")
    first = text.split(" ", 1)[0]
    if first.isupper() and len(first) > 1 or any(c.isupper() for c in first[1:]):
        return text
    return text[:1].lower() + text[1:]


def _is_clause(reason: str) -> bool:
    r = reason.strip()
    if _CLAUSE_START.match(r):
        return True
    # Only the part before a relative pronoun counts; a leading "dat"/"die" is a demonstrative.
    rel = next((m for m in _RELATIVE.finditer(r) if m.start() > 0), None)
    head = r[: rel.start()] if rel else r
    if r.split(" ", 1)[0].lower() == "zijn":  # "zijn vlucht": a possessive, not the verb
        head = head.split(" ", 1)[1] if " " in head else ""
    return bool(_FINITE.search(head))


def because(reason: str | None) -> str:
    """', want ik moet die dag in Rotterdam zijn' / ' vanwege een afspraak elders' / '' without a reason."""
    if not reason:
        return ""
    r = _lower_first(reason)
    return f", want {r}" if _is_clause(r) else f" vanwege {r}"


def sorry_to_hear(reason: str) -> str:
    """The client's reason, acknowledged without forcing it into a verb-final 'dat'-clause."""
    r = _lower_first(reason)
    if _is_clause(r):
        return f"Vervelend om te horen: {r}."
    return f"Vervelend om te horen van {r}."




def _when(meeting_time: str) -> str:
    """' op donderdag 14 maart om 10.00 uur', ' om 14:00', else ' (as typed)' so any wording stays grammatical."""
    t = meeting_time.strip()
    first = t.split(" ", 1)[0].lower().rstrip(",")
    if _CLOCK.match(t):
        return f" om {t}"
    if first in _WEEKDAYS or t[:1].isdigit():
        return f" op {t}"
    if first in ("op", "om"):
        return f" {t}"
    return f" ({t})"


def _meeting(plan: Plan, det: str = "ons") -> str:
    s = plan.situation
    return f"{det} overleg over {s.meeting}{_when(s.meeting_time)}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def greeting(plan: Plan) -> str:
    name = plan.situation.recipient_name
    if plan.formal:
        return f"Beste {name},"
    return f"Hallo {name}," if plan.situation.relationship is Relationship.new else f"Hoi {name},"


def closing(plan: Plan) -> str:
    if plan.formal:
        return "Met vriendelijke groet,"
    return "Groetjes," if plan.situation.relationship is Relationship.regular else "Hartelijke groet,"


def policy_sentences(plan: Plan) -> list[str]:
    """Every number of the policy, and when moving or cancelling costs nothing."""
    p = plan.situation.policy
    if p is None or p.is_empty():
        return []
    f = plan.formal
    out: list[str] = []
    if p.notice_hours is not None:
        n = num(p.notice_hours, plan)
        out.append(
            f"Tot {n} uur van tevoren kunt u een afspraak kosteloos verzetten of annuleren."
            if f
            else f"Tot {n} uur van tevoren kun je een afspraak gratis verzetten of afzeggen."
        )
    if p.fee_percent is not None:
        fee = num(p.fee_percent, plan)
        if p.notice_hours is not None:
            out.append(
                f"Bij latere annulering of afwezigheid brengen wij {fee}% van het tarief in rekening."
                if f
                else f"Zeg je later af of kom je niet, dan rekenen we {fee}% van het tarief."
            )
        else:
            out.append(
                f"Tijdig verzetten of annuleren is kosteloos; bij een late annulering of afwezigheid "
                f"brengen wij {fee}% van het tarief in rekening."
                if f
                else f"Op tijd verzetten of afzeggen kost niets; zeg je op het laatste moment af of kom je niet, "
                f"dan rekenen we {fee}% van het tarief."
            )
    if p.deposit_percent is not None:
        dep = num(p.deposit_percent, plan)
        out.append(
            f"Bij het inplannen van een afspraak vragen wij een aanbetaling van {dep}%."
            if f
            else f"Bij het inplannen vragen we een aanbetaling van {dep}%."
        )
    return out


def extras(plan: Plan) -> list[str]:
    """Facts the situation gives that the intent's core did not already use."""
    s = plan.situation
    f = plan.formal
    out: list[str] = []
    for name in plan.extras:
        if name == "duration_minutes":
            out.append(_extra_duration(plan))
        elif name == "colleague_name":
            out.append(
                f"Mocht u in de tussentijd iets nodig hebben, dan kunt u ook terecht bij mijn collega {s.colleague_name}."
                if f
                else f"Heb je in de tussentijd iets nodig, dan kun je ook bij mijn collega {s.colleague_name} terecht."
            )
        elif name == "proposed_times":
            out.append(_extra_times(plan))
        elif name == "policy":
            lead = (
                "Voor de volledigheid zet ik onze annuleringsvoorwaarden nog even op een rij."
                if f
                else "Voor de volledigheid nog even onze annuleringsvoorwaarden op een rij."
            )
            out.append(lead + " " + " ".join(policy_sentences(plan)))
    return out


def _extra_duration(plan: Plan) -> str:
    n, f = plan.situation.duration_minutes, plan.formal
    if plan.situation.intent is Intent.decline:
        return (
            f"Als het u helpt, houd ik het graag kort: {n} minuten is voor mij voldoende."
            if f
            else f"En we kunnen het gerust kort houden: {n} minuten is voor mij genoeg."
        )
    return (
        f"Als het u beter uitkomt, kan het overleg ook tot {n} minuten worden beperkt."
        if f
        else f"Het overleg kan ook prima in {n} minuten, als je dat liever hebt."
    )


def _extra_times(plan: Plan) -> str:
    """Times the core did not use: when the sender could still meet, call, or the meeting could move."""
    times = list(plan.situation.proposed_times)
    f, intent = plan.formal, plan.situation.intent
    one = len(times) == 1
    if intent is Intent.decline:
        if f:
            lead = "Mocht het overleg naar een ander moment kunnen, dan kan ik wel"
        else:
            lead = "Kan het overleg nog schuiven, dan kan ik wel"
        return f"{lead} {times[0]}." if one else f"{lead} op een van deze momenten:" + bullets(times)
    if intent is Intent.switch_to_email:
        lead = "Voor een eventueel telefoongesprek kan ik" if f else "Voor een eventueel belletje kan ik"
        return f"{lead} {times[0]}." if one else f"{lead} op een van deze momenten:" + bullets(times)
    if intent is Intent.delegate:
        ask = "Komt een ander moment u beter uit?" if f else "Komt een ander moment jou beter uit?"
        return (
            f"{ask} Het overleg kan ook {times[0]} plaatsvinden."
            if one
            else f"{ask} Het overleg kan ook op een van deze momenten plaatsvinden:" + bullets(times)
        )
    ask = "Komt een ander moment u beter uit?" if f else "Komt een ander moment jou beter uit?"
    return f"{ask} Ik kan ook {times[0]}." if one else f"{ask} Ik kan ook op een van deze momenten:" + bullets(times)


def _appreciation(plan: Plan) -> str | None:
    f, intent = plan.formal, plan.situation.intent
    if plan.appreciation:
        if intent in (Intent.shorten, Intent.switch_to_call, Intent.switch_to_email):
            return (
                "Uw project is voor mij van groot belang, en ik wil uw tijd zo goed mogelijk benutten."
                if f
                else "Jouw project is echt belangrijk voor me, en ik wil je tijd zo goed mogelijk benutten."
            )
        if plan.client_side or intent is Intent.cancellation_policy:
            return "Ik waardeer onze samenwerking zeer." if f else "Ik werk echt graag met je samen."
        return (
            "Onze samenwerking is mij veel waard, en ik wil niet dat hierdoor iets blijft liggen."
            if f
            else "Ik werk heel graag met je samen en wil niet dat hierdoor iets blijft liggen."
        )
    if plan.welcome:
        return (
            "Ik kijk ernaar uit om met u samen te werken."
            if f
            else "Ik kijk er echt naar uit om met je samen te werken."
        )
    return None


def _with_appreciation(plan: Plan, text: str) -> str:
    return " ".join(x for x in (_appreciation(plan), text) if x)


def _policy_reminder(plan: Plan) -> list[str]:
    """A gentle look ahead after a client cancelled late or did not come."""
    if not policy_sentences(plan):
        return []
    lead = (
        "Voor toekomstige afspraken zet ik onze annuleringsvoorwaarden nog even op een rij."
        if plan.formal
        else "Voor een volgende keer nog even onze annuleringsvoorwaarden op een rij."
    )
    return [lead + " " + " ".join(policy_sentences(plan))]


def _video(plan: Plan) -> list[str]:
    if not plan.offer_video:
        return []
    return [
        "Als dat u beter uitkomt, kunnen we ook videobellen of telefonisch overleggen."
        if plan.formal
        else "Videobellen of telefonisch overleggen kan wat mij betreft ook prima, als dat makkelijker is."
    ]


def decline(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"Hartelijk dank voor de uitnodiging voor {_meeting(plan, 'het')}. Helaas kan ik er niet bij zijn{because(s.reason)}."
        if f
        else f"Bedankt voor de uitnodiging voor {_meeting(plan, 'het')}. Ik kan er helaas niet bij zijn{because(s.reason)}."
    )
    alt = {
        "shorter": (
            f"De belangrijkste punten wil ik wel graag met u doornemen. Zou een kort overleg van {s.duration_minutes} minuten een optie zijn?"
            if f
            else f"De belangrijkste punten wil ik wel graag met je doornemen. Zullen we er een kort overleg van {s.duration_minutes} minuten van maken?"
        ),
        "call": (
            "Zou een kort telefoongesprek een goed alternatief zijn? Zo houden we toch de vaart erin."
            if f
            else "Zullen we in plaats daarvan even kort bellen? Dan houden we toch de vaart erin."
        ),
        "email": (
            "Wel stuur ik u graag vooraf mijn inbreng per e-mail, zodat er niets blijft liggen."
            if f
            else "Ik stuur je wel graag vooraf mijn input per mail, zodat er niets blijft liggen."
        ),
        "later": (
            "Ik pak dit graag op een beter moment met u op."
            if f
            else "Ik pak het graag op een ander moment met je op."
        ),
    }[plan.alternative or "later"]
    out = [first, _with_appreciation(plan, alt)]
    out += extras(plan)
    out.append("Wilt u mij laten weten wat u het beste uitkomt?" if f else "Laat je even weten wat jou het beste uitkomt?")
    return out


def _offer_times(plan: Plan) -> str:
    times = list(plan.situation.proposed_times)
    f = plan.formal
    if not times:
        return (
            "Wilt u mij laten weten welke momenten u goed uitkomen?"
            if f
            else "Laat je me weten welke momenten jou goed uitkomen?"
        )
    if len(times) == 1:
        return f"Past {times[0]} in uw agenda?" if f else f"Past {times[0]} in je agenda?"
    head = "Zou een van de volgende momenten u schikken?" if f else "Komt een van deze momenten jou goed uit?"
    return head + bullets(times)


def reschedule(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"Helaas moet ik {_meeting(plan)} verzetten{because(s.reason)}. Mijn excuses voor het ongemak."
        if f
        else f"Ik moet {_meeting(plan)} helaas verzetten{because(s.reason)}. Sorry voor het geschuif!"
    )
    out = [first, _with_appreciation(plan, _offer_times(plan))]
    out += _video(plan)
    out += extras(plan)
    out.append(
        "Zodra we een nieuw moment hebben vastgelegd, stuur ik u een nieuwe uitnodiging."
        if f
        else "Zodra we een nieuw moment hebben, stuur ik je een nieuwe uitnodiging."
    )
    return out


def _suggest_reason(plan: Plan) -> str:
    """' Ik stel dit voor, want ...' when the sender gave a reason for a proposal."""
    r = plan.situation.reason
    if not r:
        return ""
    r = _lower_first(r)
    return f" Ik stel dit voor, want {r}." if _is_clause(r) else f" De aanleiding is {r}."


def shorten(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"Zou u het goedvinden als we {_meeting(plan)} beperken tot {s.duration_minutes} minuten?{_suggest_reason(plan)}"
        if f
        else f"Zullen we {_meeting(plan)} inkorten tot {s.duration_minutes} minuten?{_suggest_reason(plan)}"
    )
    second = (
        "Ik zorg voor een korte agenda, zodat we in die tijd de belangrijkste punten bespreken. "
        "Wat daarna nog openstaat, handel ik per e-mail met u af."
        if f
        else "Ik neem een korte agenda mee, zodat we in die tijd de hoofdzaken bespreken. "
        "Wat daarna nog openstaat, regelen we per mail."
    )
    out = [first, _with_appreciation(plan, second)]
    out += extras(plan)
    out.append("Kunt u zich daarin vinden?" if f else "Vind je dat goed?")
    return out


def switch_to_call(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"Zou u het goedvinden om {_meeting(plan)} telefonisch te houden in plaats van elkaar persoonlijk "
        f"te ontmoeten?{_suggest_reason(plan)}"
        if f
        else f"Zullen we {_meeting(plan)} telefonisch doen in plaats van af te spreken?{_suggest_reason(plan)}"
    )
    second = (
        "Een telefoongesprek bespaart ons allebei reistijd, terwijl we toch alle ruimte hebben om alles goed door te nemen."
        if f
        else "Bellen scheelt ons allebei reistijd, en we kunnen alles toch rustig doornemen."
    )
    out = [first, _with_appreciation(plan, second)]
    times = list(s.proposed_times)
    if len(times) == 1:
        out.append(
            f"Ik kan u op het oorspronkelijke tijdstip bellen, maar {times[0]} is ook mogelijk."
            if f
            else f"Ik kan je op het oorspronkelijke tijdstip bellen, maar {times[0]} kan ook."
        )
    elif times:
        out.append(
            ("Ik kan u op het oorspronkelijke tijdstip bellen, of op een van deze momenten:" if f
             else "Ik kan je op het oorspronkelijke tijdstip bellen, of op een van deze momenten:")
            + bullets(times)
        )
    out += extras(plan)
    out.append(
        "Wilt u mij laten weten of dit u schikt en op welk nummer u het best bereikbaar bent?"
        if f
        else "Laat je even weten of dat goed is, en op welk nummer ik je het best kan bereiken?"
    )
    return out


def switch_to_email(plan: Plan) -> list[str]:
    f = plan.formal
    first = (
        f"Graag stel ik voor om de punten voor {_meeting(plan)} voorlopig per e-mail af te handelen. "
        f"Dat scheelt ons beiden tijd.{_suggest_reason(plan)}"
        if f
        else f"Zullen we de punten voor {_meeting(plan)} voorlopig gewoon per mail afhandelen? "
        f"Dat scheelt ons allebei tijd.{_suggest_reason(plan)}"
    )
    second = (
        "Ik stuur u een beknopte samenvatting met de belangrijkste punten en mijn vragen. "
        "Mocht iets toch om een gesprek vragen, dan plannen we alsnog een telefoontje in."
        if f
        else "Ik stuur je een korte samenvatting met de belangrijkste punten en mijn vragen. "
        "Kan iets toch beter mondeling, dan plannen we alsnog even een belletje."
    )
    out = [first, _with_appreciation(plan, second)]
    out += extras(plan)
    out.append("Kunt u zich daarin vinden?" if f else "Klinkt dat goed?")
    return out


def delegate(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    c = s.colleague_name
    first = (
        f"Graag laat ik u weten dat mijn collega {c} {_meeting(plan)} van mij overneemt{because(s.reason)}."
        if f
        else f"Even een seintje: mijn collega {c} neemt {_meeting(plan)} van mij over{because(s.reason)}."
    )
    second = (
        f"Ik praat {c} vooraf volledig bij, zodat al uw vragen goed beantwoord kunnen worden. "
        "Ik blijf zelf betrokken en ben uiteraard bereikbaar als u mij nodig hebt."
        if f
        else f"Ik praat {c} vooraf helemaal bij, zodat al je vragen goed beantwoord kunnen worden. "
        "Ik blijf zelf ook betrokken, dus je kunt me altijd bereiken."
    )
    out = [first, _with_appreciation(plan, second)]
    out += extras(plan)
    out.append(
        "Mocht u vooraf nog vragen hebben, dan hoor ik het graag."
        if f
        else "Heb je vooraf nog vragen? Laat het me gerust weten."
    )
    return out


def _new_times_client(plan: Plan) -> str:
    """After a no-show or a late cancellation: how to set a new time."""
    times = list(plan.situation.proposed_times)
    f = plan.formal
    if not times:
        return (
            "Wilt u mij laten weten wanneer het u schikt? Dan plannen we een nieuwe afspraak in."
            if f
            else "Laat maar weten wanneer het jou uitkomt, dan plannen we een nieuwe afspraak in."
        )
    if len(times) == 1:
        return (
            f"Zullen we een nieuwe afspraak inplannen? Past {times[0]} in uw agenda?"
            if f
            else f"Zullen we een nieuwe afspraak maken? Past {times[0]} in je agenda?"
        )
    return (
        "Voor een nieuwe afspraak kan ik u de volgende momenten aanbieden:"
        if f
        else "Zullen we een nieuwe afspraak maken? Ik kan op een van deze momenten:"
    ) + bullets(times)


def no_show_followup(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"Helaas hebben we elkaar niet gezien bij {_meeting(plan)}."
        if f
        else f"Jammer dat we elkaar niet zagen bij {_meeting(plan)}."
    )
    if s.reason:
        first += " " + sorry_to_hear(s.reason)
    else:
        first += " " + ("Ik hoop dat er niets ernstigs aan de hand is." if f else "Hopelijk is er niets vervelends aan de hand!")
    out = [first, _with_appreciation(plan, _new_times_client(plan))]
    out += _video(plan)
    out += _policy_reminder(plan)
    out += extras(plan)
    out.append("Ik hoor graag van u." if f else "Ik hoor graag van je!")
    return out


def late_cancellation(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"Dank u voor uw bericht dat u {_meeting(plan)} moet afzeggen."
        if f
        else f"Bedankt dat je even liet weten dat {_meeting(plan)} niet doorgaat."
    )
    if s.reason:
        first += " " + sorry_to_hear(s.reason) + (" Ik begrijp het volkomen." if f else " Zoiets kan gebeuren.")
    else:
        first += " " + ("Ik begrijp het volkomen." if f else "Geen probleem, zoiets kan gebeuren.")
    out = [first, _with_appreciation(plan, _new_times_client(plan))]
    out += _video(plan)
    out += _policy_reminder(plan)
    out += extras(plan)
    out.append("Ik spreek u graag binnenkort weer." if f else "Tot snel!")
    return out


def cancellation_policy(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    if s.meeting is None:  # a standalone notice, e.g. to a new client
        new = s.relationship is Relationship.new
        first = (
            ("Nu we gaan samenwerken, deel ik graag" if new else "Graag zet ik")
            + " onze annuleringsvoorwaarden zoals vastgelegd in onze overeenkomst"
            + ("" if new else " nog even voor u op een rij")
            + ", zodat alles voor ons beiden duidelijk is."
            if f
            else ("Nu we gaan samenwerken, zet ik" if new else "Ik zet")
            + " onze annuleringsvoorwaarden uit onze overeenkomst even voor je op een rij, zodat we op één lijn zitten."
        )
    else:
        first = (
            f"Voorafgaand aan {_meeting(plan)} deel ik graag onze annuleringsvoorwaarden, zodat alles voor ons "
            "beiden duidelijk is."
            if f
            else f"Voorafgaand aan {_meeting(plan)} zet ik onze annuleringsvoorwaarden even voor je op een rij, "
            "zodat we op één lijn zitten."
        )
    if s.reason:
        first += (" Ik stuur u dit" if f else " Ik stuur je dit") + because(s.reason) + "."
    third = (
        "Zo kunnen wij de tijd die voor u is gereserveerd ook echt voor u vrijhouden."
        if f
        else "Zo kunnen we de tijd die voor jou gereserveerd is ook echt voor jou vrijhouden."
    )
    out = [first, " ".join(policy_sentences(plan)) + " " + third]
    out += extras(plan)
    out.append(
        _with_appreciation(plan, "Mocht u vragen hebben, dan hoor ik het graag." if f else "Vragen? Laat het gerust weten.")
    )
    return out



_SUBJECT = {
    Intent.decline: "{Meeting}: helaas verhinderd",
    Intent.reschedule: "Nieuw tijdstip voor {meeting}",
    Intent.shorten: "Voorstel: {meeting} in {duration} minuten",
    Intent.switch_to_call: "{Meeting}: liever telefonisch?",
    Intent.switch_to_email: "{Meeting}: voorlopig per e-mail",
    Intent.delegate: "{Meeting}: {colleague_name} neemt het over",
    Intent.no_show_followup: "{Meeting}: een nieuw moment",
    Intent.late_cancellation: "{Meeting}: een nieuw moment",
    Intent.cancellation_policy: "{Meeting}: onze annuleringsvoorwaarden",
}


def thanks(plan: Plan) -> str:
    """Thanks for going along with a change we asked for."""
    return "Dank u voor uw begrip." if plan.formal else "Bedankt voor je flexibiliteit!"


def subject(plan: Plan) -> str:
    """The subject line."""
    s = plan.situation
    if s.meeting is None:
        return "Onze annuleringsvoorwaarden"
    subject = _SUBJECT[s.intent].format(
        Meeting=_cap(s.meeting),
        meeting=s.meeting,
        duration=s.duration_minutes or "",
        colleague_name=s.colleague_name or "",
    )
    return subject
