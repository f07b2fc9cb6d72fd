"""Builds the labelled fact-fault set (dev.jsonl, test.jsonl) from hand-written per-language packs.

Every mail is composed from phrases written by a native-style author (packs/<lang>.py); a flawed mail is
the same composition with exactly one fact altered at a known slot, so the label is exact by construction.
Deterministic: fixed seeds, no I/O beyond writing the two files.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

TODAY = "2026-12-06"
import os
LANGS = os.environ.get("FACT_LANGS", "fr,it,nl,sv,en").split(",")
FAULTS = [
    "time_swapped", "time_recap_wrong", "weekday_wrong", "percent_swapped", "policy_invented",
    "number_invented", "discount_invented", "link_invented", "email_invented", "phone_invented",
    "title_or_company_invented", "name_near_miss", "place_changed", "wrong_language_neighbour",
    "foreign_paragraph", "duration_wrong", "colleague_wrong",
]
INTENTS = ["decline", "reschedule", "shorten", "switch_to_call", "switch_to_email", "delegate",
           "no_show_followup", "late_cancellation", "cancellation_policy"]
WITH_TIMES = ["reschedule", "switch_to_call", "late_cancellation", "no_show_followup", "decline"]
COMPAT = {
    "time_swapped": ["reschedule", "reschedule", "switch_to_call", "late_cancellation", "no_show_followup"],
    "time_recap_wrong": ["reschedule", "switch_to_call", "no_show_followup", "late_cancellation",
                         "switch_to_email"],
    "percent_swapped": ["late_cancellation", "cancellation_policy", "cancellation_policy", "no_show_followup"],
    "policy_invented": ["late_cancellation", "no_show_followup"],
    "duration_wrong": ["shorten"],
    "colleague_wrong": ["delegate"],
    "wrong_language_neighbour": ["reschedule", "decline", "switch_to_call"],
    "weekday_wrong": [i for i in INTENTS if i != "cancellation_policy"],
    "place_changed": [i for i in INTENTS if i != "cancellation_policy"],
}
SLOTS = [(9, 0), (9, 30), (10, 0), (10, 30), (11, 0), (11, 15), (12, 15), (14, 0), (14, 30), (15, 0),
         (16, 0), (16, 30), (8, 45), (17, 0), (13, 30)]
N_CORRECT = 50
N_FLAWED = 50


def _workday(d: dt.date, rng: random.Random) -> dt.date:
    if dt.date(2026, 12, 23) <= d <= dt.date(2027, 1, 3):
        d = dt.date(2027, 1, rng.randint(4, 8))
    if d.weekday() >= 5:
        back = d - dt.timedelta(days=d.weekday() - 4)
        fwd = d + dt.timedelta(days=7 - d.weekday())
        d = back if (rng.random() < 0.5 and back > dt.date(2026, 12, 8)) else fwd
    return d


def rand_dt(rng: random.Random, after: dt.datetime | None = None, taken: set | None = None) -> dt.datetime:
    while True:
        if after is None:
            d = dt.date(2026, 12, 9) + dt.timedelta(days=rng.randrange(140))
        else:
            d = after.date() + dt.timedelta(days=rng.randint(1, 8))
        d = _workday(d, rng)
        h, m = rng.choice(SLOTS)
        t = dt.datetime(d.year, d.month, d.day, h, m)
        if after is not None and t <= after:
            continue
        if taken and t in taken:
            continue
        return t


def other_dt(rng: random.Random, t: dt.datetime, avoid: set) -> dt.datetime:
    """A plausible but different slot (recap faults): same day other hour, or next day same hour."""
    while True:
        if rng.random() < 0.6:
            h, m = rng.choice(SLOTS)
            c = t.replace(hour=h, minute=m)
        else:
            c = dt.datetime.combine(_workday(t.date() + dt.timedelta(days=rng.choice([1, 2])), rng), t.time())
        if c != t and c not in avoid and abs((c - t).total_seconds()) >= 3600:
            return c


def build_situation(rng, pack, intent, fault, sid):
    tone = rng.choice(["formal", "formal", "friendly"])
    rel = rng.choice(["key", "regular", "regular", "new"])
    rec = rng.choice(pack.NAMES)
    sender = rng.choice(pack.SENDERS)
    need_place = fault == "place_changed"
    meetings = [m for m in pack.MEETINGS if (not need_place or m.get("place"))]
    meet = rng.choice(meetings)
    mt = rand_dt(rng)
    props: list[dt.datetime] = []
    n_props = 0
    if intent == "reschedule":
        n_props = rng.choice([1, 1, 2, 2, 3])
    elif intent in ("switch_to_call", "no_show_followup", "late_cancellation"):
        n_props = rng.choice([0, 1, 1, 2])
    elif intent in ("decline", "switch_to_email"):
        n_props = rng.choice([0, 0, 1])
    if fault == "time_swapped":
        n_props = max(n_props, 1)
    if fault == "time_recap_wrong":
        n_props = 1
    taken = {mt}
    prev = mt
    for _ in range(n_props):
        p = rand_dt(rng, after=prev, taken=taken)
        props.append(p)
        taken.add(p)
        prev = p
    policy = None
    if intent == "cancellation_policy" or (intent in ("late_cancellation", "no_show_followup")
                                           and rng.random() < 0.5):
        policy = rng.choice([
            {"notice_hours": 48, "fee_percent": 50},
            {"notice_hours": 24, "fee_percent": 100},
            {"notice_hours": 48, "fee_percent": 50, "deposit_percent": 30},
            {"notice_hours": 72, "fee_percent": 25, "deposit_percent": 20},
            {"deposit_percent": 30},
            {"notice_hours": 24},
            {"fee_percent": 40, "deposit_percent": 25},
            {"notice_hours": 48, "deposit_percent": 50},
        ])
    if fault == "percent_swapped":
        policy = rng.choice([{"notice_hours": 48, "fee_percent": 50, "deposit_percent": 30},
                             {"notice_hours": 24, "fee_percent": 60, "deposit_percent": 20},
                             {"fee_percent": 40, "deposit_percent": 25},
                             {"notice_hours": 72, "fee_percent": 75, "deposit_percent": 35}])
    if fault == "policy_invented":
        policy = None
    no_meeting = intent == "cancellation_policy" and rng.random() < 0.5
    reason = None
    client_side = intent in ("no_show_followup", "late_cancellation")
    pool = pack.REASONS_CLIENT if client_side else pack.REASONS_OWN
    if intent != "cancellation_policy" and fault != "wrong_language_neighbour" and rng.random() < (0.35 if client_side else 0.6):
        # the "short agenda" reason (index 4 of REASONS_OWN) only fits a shorter or lighter format
        fits = [x for k, x in enumerate(pool) if client_side or k != 4
                or intent in ("shorten", "switch_to_email", "switch_to_call")]
        reason = pool[4] if (intent == "shorten" and rng.random() < 0.5) else rng.choice(fits)
    dur = rng.choice([20, 30, 30, 45, 60]) if intent == "shorten" else None
    coll = rng.choice([c for c in pack.COLLEAGUES if c["name"] != sender["name"]]) if intent == "delegate" else None
    sit_style = rng.randrange(pack.N_STYLES)
    year = rng.random() < 0.3
    sit = {"id": sid, "language": pack.LANG, "intent": intent, "recipient_name": rec["name"],
           "sender_name": sender["name"], "tone": tone, "relationship": rel}
    if not no_meeting:
        sit["meeting"] = meet["field"]
        sit["meeting_time"] = pack.fmt_full(mt, sit_style, year=year)
    if reason:
        sit["reason"] = reason["field"]
    if props:
        sit["proposed_times"] = [pack.fmt_full(p, rng.choice([sit_style, rng.randrange(pack.N_STYLES)]), year=year)
                                 for p in props]
    if dur:
        sit["duration_minutes"] = dur
    if coll:
        sit["colleague_name"] = coll["name"]
    if policy:
        sit["policy"] = policy
    return sit, dict(rec=rec, sender=sender, meet=meet, mt=mt, props=props, policy=policy, reason=reason,
                     dur=dur, coll=coll, tone=tone, rel=rel, no_meeting=no_meeting, intent=intent)


def compose(rng, pack, s, fault):
    """Compose subject and body; apply exactly one fault at its slot. Returns subject, body, note."""
    style = rng.randrange(pack.N_STYLES)
    intent = s["intent"]
    mt, props = s["mt"], list(s["props"])
    note = ""
    meet = dict(s["meet"])
    if fault == "place_changed":
        a, b = meet["place"]
        meet = {k: (v.replace(a, b) if isinstance(v, str) and k != "field" else v) for k, v in meet.items()}
        note = f"meeting place {a} changed to {b}"
    ctx = {
        "tone": s["tone"], "rel": s["rel"], "rng": rng, "meet": meet, "no_meeting": s["no_meeting"],
        "mt": pack.fmt_full(mt, style), "mt_dt": mt,
        "props": [pack.fmt_full(p, style) for p in props], "props_dt": props,
        "reason": s["reason"]["body"] if s["reason"] else "",
        "dur": pack.fmt_dur(s["dur"], rng) if s["dur"] else "",
        "coll": s["coll"], "policy": s["policy"], "swap_pct": False,
        "rec": s["rec"], "sender": s["sender"],
        "variant": rng.randrange(3),
        "subj_date": None,
    }
    subj_dt = props[0] if (intent == "reschedule" and props) else mt
    if fault == "weekday_wrong" or (fault != "time_swapped" and rng.random() < 0.35):
        wrong = fault == "weekday_wrong"
        ctx["subj_date"] = pack.fmt_date(subj_dt, wrong_weekday=wrong)
        if wrong:
            note = f"subject weekday wrong for {subj_dt:%Y-%m-%d} ({pack.WEEKDAYS[subj_dt.weekday()]})"
    if fault == "time_swapped":
        ctx["mt"], ctx["props"][0] = ctx["props"][0], ctx["mt"]
        note = "meeting time and first proposed time swapped in the body"
    if fault == "percent_swapped":
        ctx["swap_pct"] = True
        note = "fee and deposit percentages swapped"
    if fault == "duration_wrong":
        wrong = rng.choice([d for d in (15, 20, 30, 45, 60, 90) if d != s["dur"]])
        ctx["dur"] = pack.fmt_dur(wrong, rng)
        note = f"duration {s['dur']} min written as {wrong} min"
    if fault == "colleague_wrong":
        other = rng.choice([c for c in pack.COLLEAGUES if c["name"] != s["coll"]["name"]
                            and c["name"] != s["sender"]["name"]])
        ctx["coll"] = other
        note = f"colleague {s['coll']['name']} replaced by {other['name']}"
    greeting = pack.greeting(s["rec"], s["tone"], rng, near=fault == "name_near_miss")
    if fault == "name_near_miss":
        note = f"greeting misspells the recipient's name: {greeting.strip()}"
    if fault == "wrong_language_neighbour":
        subject, body, nl = pack.neighbour(ctx, intent, greeting)
        return subject, body, f"whole mail written in {nl}"
    subject, paras = pack.render(intent, ctx)
    paras = _fix_lists([p for p in paras if p])
    if ctx["props"] and len(ctx["props"]) == 1 and intent != "cancellation_policy":
        if fault == "time_recap_wrong":
            wrong_t = other_dt(rng, props[0], set(props) | {mt})
            paras.append(pack.recap(pack.fmt_short(wrong_t, style), rng))
            note = f"recap names {wrong_t:%a %Y-%m-%d %H:%M}, offered {props[0]:%a %Y-%m-%d %H:%M}"
        elif rng.random() < 0.35 and fault != "time_swapped":
            paras.append(pack.recap(pack.fmt_short(props[0], style), rng))
    extra = None
    if fault == "policy_invented":
        extra = rng.choice(pack.INV_POLICY)
        note = "policy invented in words (no policy given)"
    elif fault == "number_invented":
        # a deadline or "hold these slots" only makes sense when times are offered
        pool = pack.INV_NUMBER if ctx["props"] else [pack.INV_NUMBER[1], pack.INV_NUMBER[2]]
        extra = rng.choice(pool)
        note = "invented number"
    elif fault == "discount_invented":
        extra = rng.choice(pack.INV_DISCOUNT)
        note = "invented discount offer"
    elif fault == "link_invented":
        extra = rng.choice(pack.INV_LINK)(s["sender"])
        note = "invented link"
    elif fault == "email_invented":
        extra = rng.choice(pack.INV_EMAIL)(s["sender"])
        note = "invented private e-mail address"
    elif fault == "phone_invented":
        extra = rng.choice(pack.INV_PHONE)
        note = "invented phone number"
    if extra:
        note += f": {extra}"
        if rng.random() < 0.5 and len(paras) > 1:
            paras[-1] = paras[-1] + " " + extra
        else:
            paras.append(extra)
    if fault == "foreign_paragraph":
        fp = rng.choice(pack.FOREIGN)
        paras.insert(min(1, len(paras)), fp)
        note = f"paragraph in another language: {fp[:40]}..."
    sign = pack.signature(s["sender"], s["tone"], rng)
    if fault == "title_or_company_invented":
        t = rng.choice(pack.INV_TITLE)
        sign = s["sender"]["name"] + "\n" + t
        note = f"signature adds invented title/company: {t}"
    body = greeting + "\n\n" + "\n\n".join(paras) + "\n\n" + pack.closing(s["tone"], s["rec"], rng) + "\n" + sign
    return subject, body, note


def _fix_lists(paras: list[str]) -> list[str]:
    """A bullet list ends its paragraph: trailing punctuation goes, the rest of the sentence moves on."""
    out = []
    for p in paras:
        lines = p.split("\n")
        if len(lines) > 1 and lines[-1].startswith("- "):
            last = lines[-1]
            rest = ""
            for mark in (". ", "? ", "! "):
                if mark in last:
                    last, rest = last.split(mark, 1)
                    break
            last = last.rstrip(".?!")
            lines[-1] = last.rstrip()
            out.append("\n".join(lines))
            if rest:
                out.append(rest)
        else:
            out.append(p)
    return out


def build() -> list[dict]:
    out = []
    fault_counters: dict[str, int] = {}
    for lang in LANGS:
        pack = importlib.import_module(f"packs.{lang}")
        rng = random.Random(f"facts-{lang}-2026")
        faults = [f for f in FAULTS if f != "wrong_language_neighbour" or pack.HAS_NEIGHBOUR]
        plan = []
        for i in range(N_CORRECT):
            plan.append(("correct", None, INTENTS[i % len(INTENTS)]))
        for i in range(N_FLAWED):
            f = faults[i % len(faults)]
            plan.append(("flawed", f, None))
        rng.shuffle(plan)
        counters = {"correct": 0, "flawed": 0}
        for n, (label, fault, intent) in enumerate(plan):
            if intent is None:
                intent = rng.choice(COMPAT.get(fault, INTENTS))
            sid = f"{lang}-{n + 1:03d}"
            sit, s = build_situation(rng, pack, intent, fault, sid)
            subject, body, note = compose(rng, pack, s, fault)
            # correct: every 5 per language go 3 dev / 2 test. Flawed: the same 3/2 rotation per (language, fault),
            # started at a different place for each pair, so every fault kind and language is near 60/40
            if label == "correct":
                k = counters["correct"]
                counters["correct"] += 1
            else:
                key = f"{lang}:{fault}"
                k = fault_counters.get(key, 0) + 3 * LANGS.index(lang) + FAULTS.index(fault)
                fault_counters[key] = fault_counters.get(key, 0) + 1
            split = "dev" if k % 5 in (0, 1, 3) else "test"
            out.append({"id": sid, "split": split, "language": lang, "today": TODAY, "situation": sit,
                        "subject": subject, "body": body, "label": label, "fault": fault,
                        "note": note if fault else "correct: every given fact, natural forms"})
    return out


def main() -> None:
    recs = build()
    for split in ("dev", "test"):
        with open(HERE / f"{split}.jsonl", "w", encoding="utf-8") as fh:
            for r in recs:
                if r["split"] == split:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(recs), "records")


if __name__ == "__main__":
    main()
