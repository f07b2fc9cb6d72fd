"""Words the page shows: labels, the human sentence for each missing field, what each score measures."""

from __future__ import annotations

from composer.models import Intent, Language, Relationship, Tone
from composer.writers.builtin import BUILTIN_LABEL  # noqa: F401 (how the page names the built-in writer)

LANGUAGE_LABELS: dict[Language, str] = {
    Language.en: "English",
    Language.fr: "French · français",
    Language.it: "Italian · italiano",
    Language.nl: "Dutch · Nederlands",
    Language.sv: "Swedish · svenska",
}

INTENT_LABELS: dict[Intent, str] = {
    Intent.decline: "Decline the meeting",
    Intent.reschedule: "Move it to another time",
    Intent.shorten: "Make it shorter",
    Intent.switch_to_call: "Turn it into a call",
    Intent.switch_to_email: "Handle it by email",
    Intent.delegate: "Hand it to a colleague",
    Intent.no_show_followup: "Client did not show up",
    Intent.late_cancellation: "Client cancelled late",
    Intent.cancellation_policy: "State the cancellation policy",
}

# Short labels for the one-click intent switches.
INTENT_SHORT: dict[Intent, str] = {
    Intent.decline: "Decline",
    Intent.reschedule: "Move it",
    Intent.shorten: "Shorter meeting",
    Intent.switch_to_call: "A call instead",
    Intent.switch_to_email: "Email instead",
    Intent.delegate: "A colleague",
    Intent.no_show_followup: "No-show follow-up",
    Intent.late_cancellation: "Late cancellation",
    Intent.cancellation_policy: "State the policy",
}

TONE_LABELS: dict[Tone, str] = {Tone.formal: "Formal", Tone.friendly: "Friendly"}
RELATIONSHIP_LABELS: dict[Relationship, str] = {
    Relationship.key: "Key client",
    Relationship.regular: "Regular",
    Relationship.new: "New",
}

FIELD_LABELS: dict[str, str] = {
    "language": "Language",
    "intent": "What should the email do?",
    "recipient_name": "Recipient",
    "recipient_email": "Recipient's e-mail",
    "sender_name": "Your name",
    "meeting": "Meeting",
    "meeting_time": "When it is",
    "reason": "Reason",
    "proposed_times": "Times you can offer",
    "duration_minutes": "Shorter length (minutes)",
    "colleague_name": "Colleague who takes over",
    "notice_hours": "Notice (hours)",
    "fee_percent": "Fee (%)",
    "deposit_percent": "Deposit (%)",
    "policy": "Cancellation policy",
    "tone": "Tone",
    "relationship": "Relationship",
}

# What to do when a required field is empty: the page's own words, shown next to the field.
MISSING: dict[str, str] = {
    "recipient_name": "Enter the client's name.",
    "sender_name": "Enter your name: it signs the email.",
    "meeting": "Say what the meeting is, e.g. “the quarterly review”.",
    "meeting_time": "Say when the meeting is, e.g. “Thursday 14 March at 10:00”.",
    "duration_minutes": "Enter the shorter length in minutes, e.g. 30.",
    "colleague_name": "Enter the colleague who takes over.",
    "policy": "Give at least one of notice, fee or deposit.",
}

REQUIRED_MARK = " *"
REFINEMENTS = ("shorter", "warmer")  # the register changes only through the Tone control
TAB_DRAFT = ":material/mail: One email"
TAB_BATCH = ":material/dataset: Batch"

SCORE_MEANING: dict[str, str] = {
    "Completeness": "the facts and steps this kind of email needs (names, meeting, times, offer, signature) that the draft contains",
    "Tone": "courtesy checks: greeting and thanks or regret, softened wording, no blame, shouting or filler, one register",
}

GUIDANCE_LABEL = "Guidance consulted"

# What a reply to the client's own move request will do (intent "Move the meeting"), said under the reply box.
MOVE_NOTES = {
    "accept": "They asked to move the meeting: with “Move the meeting”, the reply takes the time they proposed. "
              "Change the times to offer yours instead.",
    "counter": "They asked to move the meeting: the reply says their time does not suit you and offers your times.",
    "open": "They asked to move the meeting without a time: the reply offers your times, or asks for theirs.",
}
