"""Replies the fake server gives: a correct draft built from the facts the prompt carries, and bad ones on demand.

`good(request)` reads the <situation> JSON out of the recorded prompt and writes a short message in the
situation's language and address form that states every fact verbatim and adds no number or date of its own,
so it passes the guard exactly when the prompt carried every fact. The other handlers break one rule each.
"""

from __future__ import annotations

from collections.abc import Callable

from composer.facts import fmt_number
from composer.models import Language, Situation, Tone
from tests.support.fake_openai import Recorded, Reply

# Per language and tone: greeting, the meeting line, the apology, times, duration, colleague, policy, the close.
PHRASES: dict[tuple[Language, bool], dict[str, str]] = {
    (Language.fr, True): dict(
        greet="Bonjour {r},", about="Je vous écris au sujet de notre réunion : {m} ({t}).",
        sorry="Malheureusement, je ne pourrai pas y assister comme prévu et je vous prie de m'en excuser.",
        times="Je peux vous proposer les créneaux suivants : {x}.", dur="Nous pourrions limiter l'échange à {d} minutes.",
        col="Mon collègue {c} reste à votre disposition.", pol="Pour rappel, notre politique d'annulation : {x}.",
        notice="un préavis de {n} heures", fee="des frais de {f} %", dep="un acompte de {p} %",
        end="Je reste à votre disposition pour trouver la meilleure solution et je vous remercie de votre compréhension.",
        close="Bien cordialement,",
    ),
    (Language.fr, False): dict(
        greet="Bonjour {r},", about="Je t'écris au sujet de notre réunion : {m} ({t}).",
        sorry="Malheureusement, je ne pourrai pas y être comme prévu, désolé pour le changement.",
        times="Je peux te proposer ces créneaux : {x}.", dur="On pourrait limiter l'échange à {d} minutes.",
        col="Mon collègue {c} reste disponible pour toi.", pol="Petit rappel de notre politique d'annulation : {x}.",
        notice="un préavis de {n} heures", fee="des frais de {f} %", dep="un acompte de {p} %",
        end="Dis-moi ce qui t'arrange le mieux, et merci beaucoup pour ta compréhension.",
        close="À bientôt,",
    ),
    (Language.it, True): dict(
        greet="Gentile {r},", about="Le scrivo a proposito del nostro incontro: {m} ({t}).",
        sorry="Purtroppo non potrò partecipare come previsto e me ne scuso sinceramente.",
        times="Le propongo i seguenti orari: {x}.", dur="Potremmo limitare l'incontro a {d} minuti.",
        col="Il mio collega {c} resta a Sua disposizione.", pol="Le ricordo la nostra politica di cancellazione: {x}.",
        notice="un preavviso di {n} ore", fee="una penale del {f}%", dep="un acconto del {p}%",
        end="La ringrazio per la comprensione e resto a disposizione per trovare insieme la soluzione migliore.",
        close="Cordiali saluti,",
    ),
    (Language.it, False): dict(
        greet="Ciao {r},", about="ti scrivo a proposito del nostro incontro: {m} ({t}).",
        sorry="Purtroppo non riuscirò a esserci come previsto, scusami per il cambio di programma.",
        times="Ti propongo questi orari: {x}.", dur="Potremmo limitare l'incontro a {d} minuti.",
        col="Il mio collega {c} è disponibile se ti serve qualcosa.", pol="Ti ricordo la nostra politica di cancellazione: {x}.",
        notice="un preavviso di {n} ore", fee="una penale del {f}%", dep="un acconto del {p}%",
        end="Fammi sapere cosa preferisci e grazie mille per la comprensione.",
        close="A presto,",
    ),
    (Language.nl, True): dict(
        greet="Beste {r},", about="Ik schrijf u over onze afspraak: {m} ({t}).",
        sorry="Helaas kan ik er niet bij zijn zoals gepland, en daarvoor bied ik mijn excuses aan.",
        times="Ik kan u de volgende momenten voorstellen: {x}.", dur="We zouden het gesprek kunnen beperken tot {d} minuten.",
        col="Mijn collega {c} staat voor u klaar.", pol="Ter herinnering ons annuleringsbeleid: {x}.",
        notice="een opzegtermijn van {n} uur", fee="kosten van {f}%", dep="een aanbetaling van {p}%",
        end="Laat u mij weten wat u het beste uitkomt? Hartelijk dank voor uw begrip.",
        close="Met vriendelijke groet,",
    ),
    (Language.nl, False): dict(
        greet="Hoi {r},", about="Ik schrijf je over onze afspraak: {m} ({t}).",
        sorry="Helaas kan ik er niet bij zijn zoals gepland, sorry voor de verandering.",
        times="Ik kan je deze momenten voorstellen: {x}.", dur="We kunnen het gesprek ook beperken tot {d} minuten.",
        col="Mijn collega {c} staat voor je klaar.", pol="Even ter herinnering ons annuleringsbeleid: {x}.",
        notice="een opzegtermijn van {n} uur", fee="kosten van {f}%", dep="een aanbetaling van {p}%",
        end="Laat je me weten wat jou het beste uitkomt? Alvast bedankt voor je begrip.",
        close="Groeten,",
    ),
    (Language.sv, True): dict(
        greet="Bästa {r},", about="Jag skriver till er angående vårt möte: {m} ({t}).",
        sorry="Tyvärr kan jag inte delta som planerat, och jag ber om ursäkt för det.",
        times="Jag kan föreslå följande tider: {x}.", dur="Vi skulle kunna begränsa mötet till {d} minuter.",
        col="Min kollega {c} finns tillgänglig för er.", pol="Som en påminnelse om vår avbokningspolicy: {x}.",
        notice="en uppsägningstid på {n} timmar", fee="en avgift på {f} %", dep="en handpenning på {p} %",
        end="Meddela gärna vad som passar er bäst. Tack för er förståelse.",
        close="Med vänliga hälsningar,",
    ),
    (Language.sv, False): dict(
        greet="Hej {r},", about="Jag skriver till dig angående vårt möte: {m} ({t}).",
        sorry="Tyvärr kan jag inte vara med som planerat, förlåt för strulet.",
        times="Jag kan föreslå de här tiderna: {x}.", dur="Vi kan också korta mötet till {d} minuter.",
        col="Min kollega {c} finns där för dig.", pol="En liten påminnelse om vår avbokningspolicy: {x}.",
        notice="en uppsägningstid på {n} timmar", fee="en avgift på {f} %", dep="en handpenning på {p} %",
        end="Säg gärna vad som passar dig bäst, och tack för att du förstår.",
        close="Hälsningar,",
    ),
    (Language.en, True): dict(
        greet="Dear {r},", about="I am writing about our meeting: {m} ({t}).",
        sorry="Unfortunately, I will not be able to attend as planned, and I apologise for the inconvenience.",
        times="I could offer the following times instead: {x}.", dur="We could also keep the meeting to {d} minutes.",
        col="My colleague {c} remains available to help.", pol="As a reminder of our cancellation policy: {x}.",
        notice="a notice period of {n} hours", fee="a fee of {f}%", dep="a deposit of {p}%",
        end="Please let me know what would suit you best. Thank you very much for your understanding.",
        close="Kind regards,",
    ),
    (Language.en, False): dict(
        greet="Hi {r},", about="I'm writing about our meeting: {m} ({t}).",
        sorry="Unfortunately I can't make it as planned, sorry for the shuffle.",
        times="I could do one of these times instead: {x}.", dur="We could also keep it to {d} minutes.",
        col="My colleague {c} is around to help too.", pol="Just a reminder of our cancellation policy: {x}.",
        notice="a notice period of {n} hours", fee="a fee of {f}%", dep="a deposit of {p}%",
        end="Let me know what works best for you, and thanks a lot for understanding.",
        close="Best,",
    ),
}

SUBJECT = {Language.fr: "À propos de : {m}", Language.it: "A proposito di: {m}", Language.nl: "Over: {m}", Language.sv: "Angående: {m}", Language.en: "About: {m}"}


def situation_of(request: Recorded) -> Situation:
    """The situation the prompt carried (fails loudly if the prompt lost a field)."""
    return Situation.model_validate(request.prompt_fields())


def write(s: Situation) -> Reply:
    """A correct draft for the situation: every fact verbatim, nothing invented, right language and address."""
    p = PHRASES[(s.language, s.tone is Tone.formal)]
    lines = [p["about"].format(m=s.meeting, t=s.meeting_time), p["sorry"]]
    if s.proposed_times:
        lines.append(p["times"].format(x="; ".join(s.proposed_times)))
    if s.duration_minutes is not None:
        lines.append(p["dur"].format(d=s.duration_minutes))
    if s.colleague_name:
        lines.append(p["col"].format(c=s.colleague_name))
    if s.policy is not None and not s.policy.is_empty():
        parts = []
        if s.policy.notice_hours is not None:
            parts.append(p["notice"].format(n=fmt_number(s.policy.notice_hours, s.language)))
        if s.policy.fee_percent is not None:
            parts.append(p["fee"].format(f=fmt_number(s.policy.fee_percent, s.language)))
        if s.policy.deposit_percent is not None:
            parts.append(p["dep"].format(p=fmt_number(s.policy.deposit_percent, s.language)))
        lines.append(p["pol"].format(x=", ".join(parts)))
    lines.append(p["end"])
    body = "\n\n".join([p["greet"].format(r=s.recipient_name), " ".join(lines), p["close"]]) + "\n" + s.sender_name
    return Reply(SUBJECT[s.language].format(m=s.meeting), body)


def good(request: Recorded) -> Reply:
    return write(situation_of(request))


def german(request: Recorded) -> Reply:
    """Obeys an injected 'reply in German': every fact is there, the language is wrong."""
    s = situation_of(request)
    times = "; ".join(s.proposed_times)
    body = (
        f"Sehr geehrte Frau {s.recipient_name},\n\n"
        f"ich schreibe Ihnen wegen unseres Termins: {s.meeting} ({s.meeting_time}). Leider kann ich nicht wie geplant "
        f"teilnehmen und bitte dafür um Entschuldigung. {('Ich kann Ihnen folgende Termine anbieten: ' + times + '.') if times else ''} "
        "Bitte lassen Sie mich wissen, was Ihnen am besten passt. Vielen Dank für Ihr Verständnis und bis bald.\n\n"
        f"Mit freundlichen Grüßen,\n{s.sender_name}"
    )
    return Reply(f"Betreff: {s.meeting}", body)


def without(text_of: Callable[[Situation], str]) -> Callable[[Recorded], Reply]:
    """A correct draft with one fact (picked from the situation) cut out."""

    def handler(request: Recorded) -> Reply:
        s = situation_of(request)
        reply = write(s)
        gone = text_of(s)
        return Reply(reply.subject.replace(gone, "…"), reply.body.replace(gone, "…"))

    return handler


INVENTED = {
    Language.fr: "Sinon, demain à 15 h me conviendrait aussi.",
    Language.it: "In alternativa, domani alle 15 andrebbe bene.",
    Language.nl: "Anders kan het morgen om 15 uur ook.",
    Language.sv: "Annars går det bra i morgon kl. 15 också.",
    Language.en: "Otherwise tomorrow at 15:00 would work too.",
}


def invents_a_date(request: Recorded) -> Reply:
    """A correct draft plus a day and a time the situation never gave."""
    s = situation_of(request)
    reply = write(s)
    head, _, tail = reply.body.partition("\n\n")
    return Reply(reply.subject, head + "\n\n" + INVENTED[s.language] + " " + tail)
