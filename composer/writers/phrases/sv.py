"""Swedish phrasing for the built-in writer: rak, vänlig affärssvenska utan utfyllnadsfraser.

Formal drafts address the reader with "ni/er" or avoid the pronoun altogether; friendly drafts use
"du/dig/din" throughout. The user's free text (meeting, time, reason) is fitted into frames that stay
grammatical whatever was typed: the meeting as a noun phrase, the time in parentheses, the reason as
a subordinate clause, a main clause after a dash, or a noun phrase after "på grund av".
"""

from __future__ import annotations

import re

from composer.models import Intent, Relationship
from composer.writers.plan import Plan, bullets, num

# --- The reason -------------------------------------------------------------------------------

# Personal pronouns: a reason starting with one is a clause, and one right after the verb marks
# inverted word order ("den dagen måste jag ...").
_PERSONS = frozenset("jag vi du ni han hon hen de dom man".split())
_FINITE = frozenset(
    """
    är var har hade måste kan kunde ska skall skulle blir blev behöver behövde får fick vill ville bör
    borde kommer kom går gick hinner hann sitter satt ligger låg mår mådde tar tog reser åker åkte
    krockar krockade kolliderar sammanfaller saknas saknades pågår pågick finns fanns gäller gällde
    råkade hamnade insjuknade drabbades ställdes ställs flyttades flyttas sköts dröjer dröjde
    """.split()
)
# Sentence adverbs: after the finite verb they make a main clause ("jag kan inte"), which must not
# follow "eftersom" or "att" as typed; such a reason gets a frame that takes a main clause.
_ADVERBS = frozenset(
    "inte ej aldrig tyvärr dessvärre redan också även alltid ofta nog ju väl verkligen fortfarande "
    "knappast längre heller just bara tydligen egentligen".split()
)
# A reason typed with its own connector ("på grund av sjukdom") is used as it stands.
_CONNECTOR = re.compile(
    r"^(eftersom|därför att|på grund av|pga\.?|p\.g\.a\.?|med anledning av|i och med)(?=\s|$)", re.IGNORECASE
)
_WORD = re.compile(r"[\wåäöÅÄÖéÉüÜ-]+")


def _clean(text: str) -> str:
    return text.strip().rstrip(".!;:")


def _lower_first(text: str) -> str:
    """Lower-case a leading capital unless it starts an acronym or a word with inner capitals."""
    text = _clean(text)
    first = text.split(" ", 1)[0]
    if len(first) > 1 and (first.isupper() or any(c.isupper() for c in first[1:])):
        return text
    return text[:1].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _finite_index(words: list[str]) -> int | None:
    for i, w in enumerate(words):
        if w in _FINITE:
            return i
    if len(words) > 1 and words[0] in _PERSONS:
        return 1  # "vi flyttar kontoret": the word after the subject is taken to be the verb
    return None


def _is_clause(reason: str) -> bool:
    """A clause ("jag måste resa", "tåget blev inställt"), not a noun phrase ("den nya offerten",
    "ett möte som krockar")."""
    words = _words(reason)
    if not words:
        return False
    if words[0] in _PERSONS:
        return True
    fv = next((i for i, w in enumerate(words) if w in _FINITE), None)
    return fv is not None and "som" not in words[:fv]


def _subordinate_ok(reason: str) -> bool:
    """True when the clause reads correctly after "eftersom"/"att" exactly as typed."""
    words = _words(reason)
    fv = _finite_index(words)
    if fv is None:
        return True
    if fv + 1 < len(words) and words[fv + 1] in _PERSONS and not (fv == 1 and words[0] in _PERSONS):
        return False  # inverted order: "den dagen måste jag ..."
    return not any(w in _ADVERBS for w in words[fv + 1 :])  # "jag kan inte ..."


def because(reason: str | None) -> str:
    """' eftersom jag måste ...' / ' på grund av ett kundbesök' / ' – jag kan inte ...' / ''."""
    if not reason or not _clean(reason):
        return ""
    r = _lower_first(reason)
    if _CONNECTOR.match(r):
        return f" {r}"
    if not _is_clause(r):
        return f" på grund av {r}"
    return f" eftersom {r}" if _subordinate_ok(r) else f" – {r}"


_FIRST_PERSON = frozenset("jag vi min mitt mina vår vårt våra".split())


def _first_person(words: list[str]) -> bool:
    """The reason speaks as the client ("jag måste ...", "min dotter är sjuk", "den dagen kan vi inte")."""
    if not words:
        return False
    if words[0] in _FIRST_PERSON:
        return True
    fv = _finite_index(words)
    return fv is not None and fv + 1 < len(words) and words[fv + 1] in ("jag", "vi")


def understanding(reason: str, formal: bool) -> str:
    """The client's reason, acknowledged: a clause, their own words, or a noun phrase."""
    r = _lower_first(reason)
    words = _words(r)
    if _CONNECTOR.match(r):
        return f"Jag har full förståelse för att det blev så {r}." if formal else f"Helt förståeligt att det blev så {r}."
    if _first_person(words):
        # The client's own words ("jag måste vara i Göteborg"): quoted, so "jag" stays theirs.
        if _is_clause(r):
            return (
                f"Som ni skrev: ”{_upper_first(r)}.” Det har jag full förståelse för."
                if formal
                else f"Som du skrev: ”{_upper_first(r)}.” Det förstår jag helt."
            )
        return (
            f"Ni angav ”{r}” som orsak, och det har jag full förståelse för."
            if formal
            else f"Du nämnde ”{r}” som orsak – helt förståeligt."
        )
    if _is_clause(r):
        if _subordinate_ok(r):
            return f"Det var tråkigt att höra att {r}." if formal else f"Tråkigt att höra att {r}."
        return f"Jag har full förståelse för att det blev så – {r}." if formal else f"Helt förståeligt att det blev så – {r}."
    return (
        f"Jag har full förståelse för att det blev så med tanke på {r}."
        if formal
        else f"Helt förståeligt att det blev så med tanke på {r}."
    )


# --- The meeting --------------------------------------------------------------------------------

# Event nouns in the definite form: "kvartalsgenomgången av projektet" names the meeting itself.
_DEFINITE_EVENT = (
    "mötet", "genomgången", "avstämningen", "träffen", "workshopen", "workshoppen", "presentationen",
    "lunchen", "middagen", "frukosten", "samtalet", "uppföljningen", "planeringen", "intervjun",
    "konferensen", "seminariet", "kickoffen", "visningen", "utbildningen", "granskningen",
    "överlämningen", "besöket", "sessionen", "webbinariet", "föreläsningen", "dragningen",
    "konsultationen", "rådgivningen", "coachningen", "förhandlingen", "utvärderingen", "uppstarten",
    "stämman", "lektionen", "eventet", "demonstrationen", "redovisningen", "kalibreringen",
)
# The same nouns without an article take "vår"/"vårt": "vår kvartalsgenomgång", "vårt styrelsemöte".
_INDEFINITE_EVENT = {
    "möte": "vårt", "genomgång": "vår", "avstämning": "vår", "träff": "vår", "workshop": "vår",
    "presentation": "vår", "lunch": "vår", "middag": "vår", "frukost": "vår", "samtal": "vårt",
    "uppföljning": "vår", "planering": "vår", "intervju": "vår", "konferens": "vår", "seminarium": "vårt",
    "kickoff": "vår", "visning": "vår", "utbildning": "vår", "granskning": "vår", "överlämning": "vår",
    "besök": "vårt", "session": "vår", "webbinarium": "vårt", "föreläsning": "vår", "dragning": "vår",
    "konsultation": "vår", "förhandling": "vår", "utvärdering": "vår", "uppstart": "vår",
    "lektion": "vår", "redovisning": "vår", "demo": "vår", "demonstration": "vår",
}
_DETERMINERS = frozenset("vår vårt våra den det denna detta min mitt nästa".split())


def _is_event(word: str) -> bool:
    return word.endswith(_DEFINITE_EVENT) or word.endswith(tuple(_INDEFINITE_EVENT))


def _meeting_np(plan: Plan) -> str:
    """The meeting as a noun phrase that fits anywhere a noun phrase does.

    "kvartalsgenomgången av projektet" and "vår årliga genomgång" name the meeting and stand as they
    are; "styrelsemöte" becomes "vårt styrelsemöte"; a topic ("budgeten", "IT-säkerhet") becomes
    "vårt möte om budgeten".
    """
    m = plan.situation.meeting
    words = m.split()
    first = words[0].lower()
    if first in _DETERMINERS and any(_is_event(w.lower()) for w in words[1:4]):
        return m
    if _is_event(first) and words[0][1:].islower() and words[0][1:].isalpha():
        m = first[:1] + m[1:]  # "Styrgruppsmöte Q3" mid-sentence: a common noun, lower-case
    if first.endswith(_DEFINITE_EVENT):
        return m
    for noun, pronoun in _INDEFINITE_EVENT.items():
        if first.endswith(noun):
            return f"{pronoun} {m}"
    return f"vårt möte om {m}"


def _meeting(plan: Plan) -> str:
    return f"{_meeting_np(plan)} ({plan.situation.meeting_time})"


def _subject_meeting(plan: Plan, *, start: bool = False) -> str:
    """The meeting for the subject line, capitalised when it opens it (unless it starts with a name)."""
    m = _meeting_np(plan)
    first = m.split(" ", 1)[0]
    return _upper_first(m) if start and first.islower() else m


# --- Shared moves -------------------------------------------------------------------------------




def greeting(plan: Plan) -> str:
    return f"Hej {plan.situation.recipient_name},"


def closing(plan: Plan) -> str:
    if plan.formal:
        return "Med vänliga hälsningar,"
    return {
        Relationship.key: "Varma hälsningar,",
        Relationship.regular: "Ha det fint,",
        Relationship.new: "Vänliga hälsningar,",
    }[plan.situation.relationship]


def offer_times(plan: Plan) -> str:
    """Ask which of the proposed times suits; a list, when there is one, ends the paragraph."""
    times = list(plan.situation.proposed_times)
    f = plan.formal
    if not times:
        return (
            "Föreslå gärna några tider som passar er, så bokar jag om mötet."
            if f
            else "Skicka gärna några tider som passar dig, så bokar jag om."
        )
    if len(times) == 1:
        return f"Skulle {times[0]} passa i stället?" if f else f"Skulle {times[0]} passa dig i stället?"
    return ("Skulle någon av följande tider passa?" if f else "Passar någon av de här tiderna?") + bullets(times)


def policy_sentences(plan: Plan) -> list[str]:
    """Every number of the policy, and when a change costs nothing."""
    p = plan.situation.policy
    if p is None or p.is_empty():
        return []
    f = plan.formal
    out: list[str] = []
    if p.notice_hours is not None:
        h = num(p.notice_hours, plan)
        out.append(
            f"Möten kan flyttas eller avbokas kostnadsfritt fram till {h} timmar före utsatt tid."
            if f
            else f"Du kan flytta eller avboka kostnadsfritt fram till {h} timmar innan."
        )
    if p.fee_percent is not None:
        fee = num(p.fee_percent, plan)
        if p.notice_hours is not None:
            out.append(f"Vid senare avbokning debiteras {fee} % av avgiften.")
        else:
            out.append(
                f"Avbokning i god tid är kostnadsfri, men vid sen avbokning eller uteblivet möte "
                f"debiteras {fee} % av avgiften."
            )
    if p.deposit_percent is not None:
        d = num(p.deposit_percent, plan)
        out.append(
            f"Vid bokning betalas en handpenning på {d} %." if f else f"Vid bokning betalar du en handpenning på {d} %."
        )
    return out


def _policy_reminder(plan: Plan) -> str | None:
    s = plan.situation
    if s.policy is None or s.policy.is_empty():
        return None
    lead = (
        "Inför kommande bokningar vill jag också påminna om våra avbokningsregler."
        if plan.formal
        else "Till nästa gång vill jag bara påminna om våra avbokningsregler."
    )
    return " ".join([lead, *policy_sentences(plan)])


def _video(plan: Plan) -> str | None:
    if not plan.offer_video:
        return None
    return (
        "Vi kan också ses via video eller ta mötet per telefon, om det är smidigare."
        if plan.formal
        else "Det går också bra med video eller telefon om det är smidigare för dig."
    )


def _extra_duration(plan: Plan) -> str:
    s, f = plan.situation, plan.formal
    d = s.duration_minutes
    if s.intent is Intent.switch_to_email:
        return f"Ett sådant samtal behöver inte ta mer än {d} minuter."
    if s.intent is Intent.switch_to_call or (s.intent is Intent.decline and plan.alternative == "call"):
        return f"Samtalet behöver inte ta mer än {d} minuter."
    return (
        f"Om det underlättar kan vi gärna korta ner mötet till {d} minuter."
        if f
        else f"Vi kan gärna korta ner mötet till {d} minuter om det passar bättre."
    )


def _extra_times(plan: Plan) -> str:
    """Proposed times the core did not use, introduced as the intent needs them."""
    s, f = plan.situation, plan.formal
    times = list(s.proposed_times)
    one = len(times) == 1
    if s.intent is Intent.decline and plan.alternative in ("call", "shorter"):
        # The times are for the call or the shorter meeting just offered.
        if one:
            return f"Jag har till exempel tid {times[0]}."
        return ("Jag har till exempel tid vid följande tillfällen:" if f else "Jag har till exempel de här tiderna lediga:") + bullets(times)
    if s.intent is Intent.decline:
        # No meeting is offered instead: the times are for whenever they would rather meet.
        if one:
            return (
                f"Om ni hellre vill boka en ny tid kan jag erbjuda {times[0]}."
                if f
                else f"Vill du hellre boka en ny tid har jag tid {times[0]}."
            )
        return (
            "Om ni hellre vill boka en ny tid kan jag erbjuda följande:"
            if f
            else "Vill du hellre boka en ny tid har jag de här tiderna lediga:"
        ) + bullets(times)
    if s.intent is Intent.switch_to_email:
        # The times are for the call that may still be needed.
        if one:
            return f"För ett eventuellt samtal har jag tid {times[0]}." if f else f"Jag har till exempel tid {times[0]}."
        return (
            "För ett eventuellt samtal har jag tid vid följande tillfällen:" if f else "Jag har till exempel de här tiderna lediga:"
        ) + bullets(times)
    # The meeting still takes place: other slots, should its time not suit.
    if one:
        return (
            f"Skulle den tiden inte passa kan mötet även hållas {times[0]}."
            if f
            else f"Passar inte tiden kan vi också lägga mötet {times[0]}."
        )
    return (
        "Skulle den tiden inte passa kan mötet även hållas vid något av följande tillfällen:"
        if f
        else "Passar inte tiden kan vi också lägga mötet på någon av de här tiderna:"
    ) + bullets(times)


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
                f"Om ni behöver något under tiden går det också bra att kontakta min kollega {s.colleague_name}."
                if f
                else f"Behöver du något under tiden kan du också höra av dig till min kollega {s.colleague_name}."
            )
        elif name == "proposed_times":
            out.append(_extra_times(plan))
        elif name == "policy":
            lead = (
                "Jag passar också på att påminna om våra avbokningsregler."
                if f
                else "Och så en liten påminnelse om våra avbokningsregler."
            )
            out.append(" ".join([lead, *policy_sentences(plan)]))
    return out


def _appreciation(plan: Plan) -> str | None:
    f, intent = plan.formal, plan.situation.intent
    if plan.appreciation:
        if intent in (Intent.shorten, Intent.switch_to_call, Intent.switch_to_email):
            return (
                "Vårt samarbete är viktigt för mig, och jag vill att vi använder er tid så väl som möjligt."
                if f
                else "Vårt samarbete betyder mycket för mig, och jag vill att vi får ut så mycket som möjligt av tiden."
            )
        if plan.client_side or intent is Intent.cancellation_policy:
            return "Jag uppskattar verkligen vårt samarbete." if f else "Det är alltid lika roligt att jobba med dig."
        return (
            "Vårt samarbete är mycket viktigt för mig, och jag vill inte att det här ska fördröja något."
            if f
            else "Vårt samarbete betyder mycket för mig, och jag vill inte att det här ska sinka något."
        )
    if plan.welcome:
        return "Jag ser mycket fram emot vårt samarbete." if f else "Jag ser verkligen fram emot att jobba ihop."
    return None


def _para(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


# --- The intents --------------------------------------------------------------------------------


def decline(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"Tack för inbjudan till {_meeting(plan)}. Tyvärr har jag inte möjlighet att delta{because(s.reason)}."
        if f
        else f"Tack för att du bjöd in mig till {_meeting(plan)}. Tyvärr kan jag inte vara med{because(s.reason)}."
    )
    alt = {
        "shorter": (
            f"Jag vill ändå gärna att vi går igenom det viktigaste, och ett kortare möte på {s.duration_minutes} "
            "minuter skulle kunna vara ett alternativ."
            if f
            else f"Jag vill ändå gärna att vi hinner med det viktigaste – skulle vi kunna ses kortare, säg {s.duration_minutes} minuter?"
        ),
        "call": (
            "För att arbetet ändå ska gå framåt kan ett kort telefonsamtal vara ett alternativ, om det passar er."
            if f
            else "För att hålla farten uppe – vad sägs om ett kort telefonsamtal i stället?"
        ),
        "email": (
            "Under tiden skickar jag gärna mina synpunkter per e-post, så att inget blir liggande."
            if f
            else "Under tiden mejlar jag gärna över mina tankar, så att inget blir liggande."
        ),
        "later": (
            "Jag återkommer gärna till frågan vid ett tillfälle som passar bättre."
            if f
            else "Vi tar gärna upp det igen när det passar bättre."
        ),
    }[plan.alternative or "later"]
    out = [first, _para(_appreciation(plan), alt)]
    out += extras(plan)
    out.append("Säg gärna till vad som passar er bäst." if f else "Säg bara till vad som passar dig bäst.")
    return out


def reschedule(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"Tyvärr behöver jag flytta {_meeting(plan)}{because(s.reason)}. Jag beklagar besväret."
        if f
        else f"Tyvärr måste jag flytta {_meeting(plan)}{because(s.reason)}. Ledsen för krånglet!"
    )
    out = [first, _para(_appreciation(plan), offer_times(plan))]
    video = _video(plan)
    if video:
        out.append(video)
    out += extras(plan)
    out.append(
        "När tiden är bekräftad skickar jag en uppdaterad kalenderinbjudan."
        if f
        else "När du har bekräftat skickar jag en ny inbjudan."
    )
    return out


def shorten(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"Inför {_meeting(plan)} vill jag föreslå att vi kortar ner mötet till {s.duration_minutes} minuter{because(s.reason)}."
        if f
        else f"Inför {_meeting(plan)} skulle jag vilja korta ner mötet till {s.duration_minutes} minuter{because(s.reason)}."
    )
    second = (
        "Jag tar med en kort agenda så att vi hinner med det viktigaste, och det som eventuellt återstår "
        "kan vi ta per e-post."
        if f
        else "Jag tar med en kort agenda så att vi hinner det viktigaste, och resten kan vi ta på mejl."
    )
    out = [first, _para(_appreciation(plan), second)]
    out += extras(plan)
    out.append("Skulle det fungera för er?" if f else "Funkar det för dig?")
    return out


def _reason_sentence(plan: Plan) -> str:
    """' Jag föreslår det eftersom ...' after a proposal, or nothing."""
    r = because(plan.situation.reason)
    return f" Jag föreslår det{r}." if r else ""


def switch_to_call(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"Skulle det gå bra att vi tar {_meeting(plan)} per telefon i stället för att ses på plats?{_reason_sentence(plan)}"
        if f
        else f"Vad sägs om att vi tar {_meeting(plan)} per telefon i stället för att ses?{_reason_sentence(plan)}"
    )
    second = (
        "Med ett samtal slipper vi båda resan och har ändå tid att gå igenom allt ordentligt."
        if f
        else "Med ett samtal slipper vi båda resandet och hinner ändå gå igenom allt ordentligt."
    )
    out = [first, _para(_appreciation(plan), second)]
    times = list(s.proposed_times)
    if len(times) == 1:
        out.append(
            f"Jag kan ringa på den ursprungliga tiden eller {times[0]}, om det passar bättre."
            if f
            else f"Jag kan ringa dig på den ursprungliga tiden eller {times[0]}, om det passar bättre."
        )
    elif times:
        out.append(
            ("Jag kan ringa på den ursprungliga tiden eller vid någon av följande tider:" if f
             else "Jag kan ringa dig på den ursprungliga tiden eller på någon av de här tiderna:")
            + bullets(times)
        )
    out += extras(plan)
    out.append(
        "Säg gärna till om det passar, och vilket nummer jag når er bäst på."
        if f
        else "Säg till om det funkar, och vilket nummer jag når dig bäst på."
    )
    return out


def switch_to_email(plan: Plan) -> list[str]:
    f = plan.formal
    first = (
        f"När det gäller {_meeting(plan)} tror jag att vi kan hantera punkterna per e-post i stället, "
        f"åtminstone tills vidare, vilket sparar tid för oss båda.{_reason_sentence(plan)}"
        if f
        else f"När det gäller {_meeting(plan)} tänkte jag att vi kanske kan ta punkterna på mejl i stället, "
        f"så sparar vi båda lite tid.{_reason_sentence(plan)}"
    )
    second = (
        "Jag skickar en skriftlig sammanfattning med de viktigaste punkterna och mina frågor. Skulle något "
        "behöva diskuteras närmare kan vi naturligtvis ta ett telefonsamtal."
        if f
        else "Jag skickar en kort sammanfattning med det viktigaste och mina frågor. Behöver vi prata om "
        "något kan vi alltid ringas vid."
    )
    out = [first, _para(_appreciation(plan), second)]
    out += extras(plan)
    out.append("Skulle det fungera för er?" if f else "Låter det bra?")
    return out


def delegate(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    c = s.colleague_name
    first = (
        f"Jag har bett min kollega {c} att ta över {_meeting(plan)}{because(s.reason)}."
        if f
        else f"En snabb uppdatering: min kollega {c} tar över {_meeting(plan)}{because(s.reason)}."
    )
    second = (
        f"{c} är väl insatt i arbetet och får en grundlig överlämning av mig i förväg, så att alla era frågor "
        "kan besvaras. Själv håller jag mig informerad och finns kvar som kontakt om ni behöver mig."
        if f
        else f"{c} har bra koll på arbetet och får en ordentlig överlämning av mig innan, så att alla dina "
        "frågor får svar. Jag håller mig uppdaterad, så du kan alltid nå mig också."
    )
    out = [first, _para(_appreciation(plan), second)]
    out += extras(plan)
    out.append(
        "Hör gärna av er om ni har några frågor innan dess." if f else "Hör av dig om du har några frågor innan dess."
    )
    return out


def _new_time(plan: Plan) -> str:
    """After a missed or cancelled meeting: the proposed times, or an invitation to suggest one."""
    times = list(plan.situation.proposed_times)
    f = plan.formal
    if not times:
        return (
            "Hör gärna av er med några tider som passar, så bokar vi in ett nytt möte."
            if f
            else "Skicka gärna några tider som passar dig, så bokar vi in en ny träff."
        )
    if len(times) == 1:
        return f"Skulle {times[0]} passa som ny tid?" if f else f"Skulle {times[0]} passa dig som ny tid?"
    return (
        "Skulle någon av följande tider passa för ett nytt möte?" if f else "Passar någon av de här tiderna för en ny träff?"
    ) + bullets(times)


def no_show_followup(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"Det var synd att vi inte fick träffas på {_meeting(plan)}, och jag hoppas att allt är bra med er."
        if f
        else f"Vi saknade dig på {_meeting(plan)} – hoppas att allt är bra!"
    )
    if s.reason and _clean(s.reason):
        first += " " + understanding(s.reason, f)
    out = [first, _para(_appreciation(plan), _new_time(plan))]
    out += [x for x in (_video(plan), _policy_reminder(plan)) if x]
    out += extras(plan)
    out.append("Jag ser fram emot att höra från er." if f else "Hoppas vi hörs snart!")
    return out


def late_cancellation(plan: Plan) -> list[str]:
    s, f = plan.situation, plan.formal
    first = (
        f"Tack för beskedet att ni behöver avboka {_meeting(plan)}."
        if f
        else f"Tack för att du hörde av dig om att du inte kan komma på {_meeting(plan)}."
    )
    if s.reason and _clean(s.reason):
        first += " " + understanding(s.reason, f)
    else:
        first += " " + ("Det har jag full förståelse för." if f else "Inga problem, sånt händer!")
    out = [first, _para(_appreciation(plan), _new_time(plan))]
    out += [x for x in (_video(plan), _policy_reminder(plan)) if x]
    out += extras(plan)
    out.append("Jag ser fram emot vårt nästa möte." if f else "Ses snart!")
    return out


def cancellation_policy(plan: Plan) -> list[str]:
    f = plan.formal
    if plan.situation.meeting is None:  # a standalone notice, e.g. to a new client
        new = plan.situation.relationship is Relationship.new
        first = (
            ("Nu när vi inleder vårt samarbete vill jag" if new else "Jag vill")
            + " gå igenom våra avbokningsregler enligt vårt avtal, så att allt är tydligt för båda parter."
            if f
            else ("Nu när vi börjar jobba ihop kommer här en kort sammanfattning" if new else "Här kommer en kort påminnelse")
            + " om våra avbokningsregler enligt avtalet, så att allt är klart."
        )
    else:
        first = (
            f"Inför {_meeting(plan)} vill jag gå igenom våra avbokningsregler, så att allt är tydligt för båda parter."
            if f
            else f"Inför {_meeting(plan)} kommer här en kort påminnelse om våra avbokningsregler, så att allt är klart."
        )
    r = because(plan.situation.reason)
    if r:
        first += f" Jag tar upp det{r}."
    third = (
        "På så sätt kan vi hålla den avsatta tiden reserverad för er."
        if f
        else "På så sätt kan vi hålla tiden reserverad för dig."
    )
    out = [first, " ".join([*policy_sentences(plan), third])]
    appreciation = _appreciation(plan)
    if appreciation:
        out.append(appreciation)
    out += extras(plan)
    out.append("Hör gärna av er om ni har några frågor." if f else "Säg till om du undrar över något!")
    return out



_SUBJECT = {
    Intent.decline: "Förhinder: {meeting}",
    Intent.reschedule: "Ny tid för {meeting}",
    Intent.shorten: "Kortare möte: {meeting}",
    Intent.switch_to_call: "{Meeting} per telefon?",
    Intent.switch_to_email: "{Meeting} per e-post tills vidare",
    Intent.delegate: "{Meeting}: {colleague_name} tar över",
    Intent.no_show_followup: "Ny tid för {meeting}?",
    Intent.late_cancellation: "Ny tid för {meeting}",
    Intent.cancellation_policy: "Avbokningsregler inför {meeting}",
}


def thanks(plan: Plan) -> str:
    """Thanks for going along with a change we asked for."""
    return "Tack för er förståelse." if plan.formal else "Tack för att du är flexibel!"


def subject(plan: Plan) -> str:
    """The subject line."""
    s = plan.situation
    if s.meeting is None:
        return "Våra avbokningsregler"
    subject = _SUBJECT[s.intent].format(
        meeting=_subject_meeting(plan), Meeting=_subject_meeting(plan, start=True), colleague_name=s.colleague_name or ""
    )
    return subject
