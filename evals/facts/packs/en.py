"""English (British usage) phrases for the fact-fault set."""

from __future__ import annotations

LANG = "en"
HAS_NEIGHBOUR = False
N_STYLES = 3
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _time(t, style):
    h, m = t.hour, t.minute
    h12 = h - 12 if h > 12 else h
    ap = "pm" if h >= 12 else "am"
    if style == 0:
        return f"{h12}.{m:02d} {ap}" if m else f"{h12} {ap}"
    if style == 1:
        return f"{h}:{m:02d}"
    return f"{h12}:{m:02d}{ap}" if m else f"{h12}{ap}"


def fmt_date(t, wrong_weekday=False, year=False, style=0):
    wd = t.weekday()
    if wrong_weekday:
        wd = (wd + 1) % 5
    if style == 2:
        s = f"{WEEKDAYS[wd]}, {MONTHS[t.month - 1]} {t.day}"
        return s + (f", {t.year}" if year else "")
    sep = ", " if style == 1 else " "
    return f"{WEEKDAYS[wd]}{sep}{t.day} {MONTHS[t.month - 1]}" + (f" {t.year}" if year else "")


def fmt_full(t, style, year=False):
    return f"{fmt_date(t, year=year, style=style)} at {_time(t, style)}"


def fmt_short(t, style):
    return f"{WEEKDAYS[t.weekday()]} at {_time(t, style)}"


def fmt_dur(m, rng):
    if m == 30 and rng.random() < 0.25:
        return "half an hour"
    if m == 60 and rng.random() < 0.3:
        return "an hour"
    return f"{m} minutes"


NAMES = [
    dict(name="Ms Rachel Thompson", first="Rachel", last="Thompson", g="f", near_first="Rachael", near_last="Thomson"),
    dict(name="Mr James O'Connor", first="James", last="O'Connor", g="m", near_first="Jame", near_last="O'Conner"),
    dict(name="Dr Priya Patel", first="Priya", last="Patel", g="f", title="Dr", near_first="Pria", near_last="Patil"),
    dict(name="Sarah Mitchell", first="Sarah", last="Mitchell", g="f", near_first="Sara", near_last="Mitchel"),
    dict(name="Prof. David Hughes", first="David", last="Hughes", g="m", title="Professor", near_first="Davide",
         near_last="Hughs"),
    dict(name="Emily Clarke", first="Emily", last="Clarke", g="f", near_first="Emely", near_last="Clark"),
    dict(name="Tom Fitzgerald", first="Tom", last="Fitzgerald", g="m", near_first="Tim", near_last="Fitzgerrald"),
    dict(name="Mrs Margaret van Dyke", first="Margaret", last="van Dyke", g="f", near_first="Margeret",
         near_last="van Dijke"),
    dict(name="Olivia Bennett", first="Olivia", last="Bennett", g="f", near_first="Olivie", near_last="Bennet"),
    dict(name="Mr Daniel McAllister", first="Daniel", last="McAllister", g="m", near_first="Daniell",
         near_last="MacAllister"),
]
SENDERS = [
    dict(name="Hannah Price", first="Hannah", slug="hannah.price"),
    dict(name="Michael Shaw", first="Michael", slug="michael.shaw"),
    dict(name="Grace Kim", first="Grace", slug="grace.kim"),
    dict(name="Oliver Grant", first="Oliver", slug="oliver.grant"),
    dict(name="Charlotte Davies", first="Charlotte", slug="charlotte.davies"),
]
COLLEAGUES = [
    dict(name="Amy Collins", first="Amy", g="f"), dict(name="Ben Harper", first="Ben", g="m"),
    dict(name="Sophie Ward", first="Sophie", g="f"), dict(name="Ryan Doyle", first="Ryan", g="m"),
    dict(name="Amy Collings", first="Amy", g="f"),
]
MEETINGS = [
    dict(field="Quarterly review, CRM project", body="our quarterly review of the CRM project"),
    dict(field="Workshop at your Manchester office", body="the workshop at your Manchester office",
         place=("Manchester", "Leeds")),
    dict(field="2027 budget check-in", body="our 2027 budget check-in"),
    dict(field="Website mock-up presentation", body="the presentation of the new website mock-ups"),
    dict(field="Steering committee in Bristol", body="the steering committee meeting in Bristol",
         place=("Bristol", "Bath")),
    dict(field="Monthly coaching session", body="our monthly coaching session"),
    dict(field="Site visit, Sheffield plant", body="the visit to your plant in Sheffield", place=("Sheffield", "Derby")),
    dict(field="HR process audit meeting", body="our meeting on the HR process audit"),
    dict(field="Spring campaign wrap-up", body="the spring campaign wrap-up"),
    dict(field="Meeting at our stand, Birmingham trade fair", body="our meeting at the stand at the Birmingham trade fair",
         place=("Birmingham", "Coventry")),
]
REASONS_OWN = [
    dict(field="unexpected trip to another client", body="An unexpected trip to another client means I won't be available then."),
    dict(field="I'm ill", body="I'm unwell and would rather not risk passing anything on."),
    dict(field="Q4 figures won't be ready", body="The Q4 numbers won't be ready by then."),
    dict(field="rail strike", body="With the rail strike that has been announced, I won't be able to travel."),
    dict(field="agenda is short", body="The agenda is short enough to cover in less time."),
    dict(field="client asked for a discount", body="I've noted your question about a discount and will come back to you on it separately."),
]
REASONS_CLIENT = [
    dict(field="her son was ill", body="I hope your son is feeling better."),
    dict(field="train delayed", body="Sorry to hear about the train delays; I hope you got home all right in the end."),
    dict(field="emergency at the office", body="I completely understand that an emergency at the office has to come first."),
    dict(field="forgot the meeting", body="Forgetting a meeting happens to all of us – no harm done."),
]


def _cap(last):
    return last[0].upper() + last[1:]


def greeting(rec, tone, rng, near=False):
    last = rec["near_last"] if near else rec["last"]
    first = rec["near_first"] if near else rec["first"]
    if tone == "friendly" and not rec.get("title"):
        return rng.choice([f"Hi {first},", f"Dear {first},", f"Hi {first}!", f"Hello {first},"])
    if rec.get("title"):
        return rng.choice([f"Dear {rec['title']} {last},", f"Hello {rec['title']} {last},"])
    hon = "Ms" if rec["g"] == "f" else "Mr"
    if rec["name"].startswith("Mrs "):
        hon = "Mrs"
    return rng.choice([f"Dear {hon} {_cap(last)},", f"Dear {first} {last},", f"Hello {hon} {_cap(last)},"])


def closing(tone, rec, rng):
    if tone == "friendly":
        return rng.choice(["Best,", "Speak soon,", "Thanks again,", "All the best,"])
    return rng.choice(["Kind regards,", "Best regards,", "Yours sincerely,", "With best wishes,"])


def signature(sender, tone, rng):
    if tone == "friendly" and rng.random() < 0.3:
        return sender["first"]
    return sender["name"]


class _NoList:
    """An rng stand-in that never picks the bullet-list form (for sentences that continue after the times)."""

    def random(self):
        return 1.0


_NOLIST = _NoList()


def _props(ps, rng, on=True):
    pre = "on " if on else ""
    if len(ps) == 1:
        return pre + ps[0]
    if rng.random() < 0.5:
        return "one of these slots:\n" + "\n".join(f"- {p}" for p in ps)
    return pre + ", ".join(ps[:-1]) + f" or {ps[-1]}"


def policy_text(pol, swap, rng, gentle=True):
    fee, dep = pol.get("fee_percent"), pol.get("deposit_percent")
    if swap:
        fee, dep = dep, fee
    h = pol.get("notice_hours")
    parts = []
    if h and fee:
        parts.append(f"cancellations made less than {h} hours before the meeting are charged at {fee}% of the fee")
    elif h:
        parts.append(f"we ask for at least {h} hours' notice of any cancellation")
    elif fee:
        parts.append(f"late cancellations are charged at {fee}% of the fee")
    if dep:
        parts.append(f"a {dep}% deposit is due at booking")
    lead = rng.choice(["As a gentle reminder, ", "As set out in our terms, ", "Just so you have it, "]) if gentle \
        else rng.choice(["Our terms are as follows: ", "To confirm: "])
    return lead + ", and ".join(parts) + "."


def render(intent, c):
    rng, m, mt, ps = c["rng"], c["meet"]["body"], c["mt"], c["props"]
    r, sd, v = c["reason"], c["subj_date"], c["variant"]
    if intent == "decline":
        subj = f"Our meeting on {sd}" if sd else rng.choice(["Your invitation", "About our meeting"])
        p1 = (f"Thank you for the invitation to {m} on {mt}. Unfortunately I won't be able to attend." if v else
              f"I'm afraid I have to decline {m} on {mt}.")
        p3 = f"If it suits you, we could talk {_props(ps, _NOLIST)} instead." if ps else "I'd be glad to catch up another time."
        return subj, [p1, r, p3]
    if intent == "reschedule":
        subj = f"Moving our meeting to {sd}" if sd else rng.choice(["New time for our meeting", "Rescheduling our meeting"])
        if v == 2:
            return subj, [f"I need to move {m} on {mt}. {r}".strip(), f"Would {_props(ps, _NOLIST, on=False)} work for you?"]
        return subj, [f"Unfortunately I need to reschedule {m} on {mt}.", r,
                      f"Could we meet {_props(ps, _NOLIST)} instead? Let me know what works best for you."]
    if intent == "shorten":
        subj = f"Our meeting on {sd}" if sd else "Format of our next meeting"
        p1 = f"For {m} on {mt}, could we keep it to {c['dur']}?"
        return subj, [p1, r, "I'll send the agenda in advance so we can get straight to the point."]
    if intent == "switch_to_call":
        subj = f"{sd}: a call instead?" if sd else "A call instead of meeting?"
        p1 = f"Could we do {m} on {mt} as a phone call rather than in person?"
        p3 = f"I can call you {_props(ps, _NOLIST)}." if ps else "The time stays the same; I'll call you then."
        return subj, [p1, r, p3]
    if intent == "switch_to_email":
        subj = f"{sd}: by email instead?" if sd else "Suggestion: handle it by email"
        p1 = f"Instead of meeting for {m} on {mt}, I suggest we handle the points by email."
        p3 = "I'll send you a summary with my questions today." + (
            f" If a conversation still seems useful afterwards, I'm free {_props(ps, _NOLIST)}." if ps else "")
        return subj, [p1, r, p3]
    if intent == "delegate":
        co = c["coll"]
        subj = f"Our meeting on {sd}" if sd else "Your contact for our next meeting"
        p1 = f"I'm unable to run {m} on {mt} myself. {r}".strip()
        she = "she" if co["g"] == "f" else "he"
        p2 = f"My colleague {co['name']} will take over; {she} knows the project well and will have all my notes."
        return subj, [p1, p2]
    if intent == "no_show_followup":
        subj = f"Our meeting on {sd}" if sd else "Sorry we missed each other"
        p1 = (f"We were due to meet for {m} on {mt}, but I didn't see you. I hope everything is all right." if v == 0 else
              f"I missed you at {m} on {mt} – I hope all is well.")
        p3 = f"Shall we find a new time? I could do {_props(ps, rng, on=False)}." if ps else "Just let me know when you'd like to rebook."
        p4 = policy_text(c["policy"], c["swap_pct"], rng) if c["policy"] else ""
        return subj, [p1, r, p3, p4]
    if intent == "late_cancellation":
        subj = f"Cancellation of {sd}" if sd else "Following your cancellation"
        p1 = f"Thank you for letting me know about the cancellation of {m} on {mt}."
        p3 = f"We could rebook for {_props(ps, rng, on=False)}." if ps else "Let me know when you'd like to rebook."
        p4 = policy_text(c["policy"], c["swap_pct"], rng) if c["policy"] else ""
        return subj, [p1, r, p3, p4]
    if c["no_meeting"]:
        subj = "Our cancellation policy"
        p1 = rng.choice(["Before we start working together, here is a short summary of our cancellation policy.",
                         "As agreed, here is our cancellation policy."])
    else:
        subj = f"Our meeting on {sd}: cancellation policy" if sd else "Cancellation policy"
        p1 = f"Ahead of {m} on {mt}, I'd like to remind you of our cancellation policy."
    return subj, [p1, policy_text(c["policy"], c["swap_pct"], rng, gentle=False),
                  "Do get in touch if you have any questions."]


def recap(short, rng):
    return rng.choice([f"Let me know if {short} works for you.", f"So, talk to you on {short}?",
                       f"I'll hold {short} for you until you confirm."])


INV_POLICY = ["Under our terms, half of the fee remains payable.", "The deposit is non-refundable, I'm afraid.",
              "Same-day cancellations are charged in full under our standard terms."]
INV_NUMBER = ["Please confirm within 48 hours.", "There will be 4 of us on our side.",
              "The £2,400 quote of course still stands.", "I'll hold these slots for 3 days."]
INV_DISCOUNT = ["To make up for it, I'd like to offer you 10% off your next session.",
                "As a goodwill gesture, your next session will be half price.",
                "I'll take 15% off this month's invoice."]
INV_LINK = [lambda s: f"You can also pick a slot directly here: https://calendly.com/{s['slug'].replace('.', '-')}/meeting",
            lambda s: "Here is the Zoom link: https://us02web.zoom.us/j/84512345678",
            lambda s: "The minutes are here: https://drive.google.com/drive/folders/1aB9cD3eF"]
INV_EMAIL = [lambda s: f"Feel free to email me on my personal address: {s['slug']}@gmail.com",
             lambda s: f"You can also reach me at {s['slug'].split('.')[0]}@outlook.com."]
INV_PHONE = ["You can ring me on 07700 900461.", "If anything is urgent, call me on +44 20 7946 0018.",
             "My mobile: 0161 496 0734."]
INV_TITLE = ["Senior Consultant, Price & Partners Ltd", "Head of Client Services", "Director, Shaw Advisory",
             "Account Director, Northbridge Group plc"]
FOREIGN = ["N'hésitez pas à revenir vers moi si vous avez la moindre question.",
           "Vielen Dank für Ihr Verständnis, ich freue mich auf Ihre Antwort.",
           "Merci encore de votre compréhension et à très bientôt."]


def neighbour(c, intent, greeting):  # pragma: no cover - English has no neighbour fault in this set
    raise NotImplementedError
