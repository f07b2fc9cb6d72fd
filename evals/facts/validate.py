"""Checks the labelled fact-fault set: JSON shape, valid Situations, splits, counts, weekdays against dates.

Run from the repository root: .venv/bin/python evals/facts/validate.py
Exit status 1 on any problem. Self-contained (no checker code, no build packs).
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

from composer.models import Situation

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 12, 6)
FAULTS = {
    "time_swapped", "time_recap_wrong", "weekday_wrong", "percent_swapped", "policy_invented",
    "number_invented", "discount_invented", "link_invented", "email_invented", "phone_invented",
    "title_or_company_invented", "name_near_miss", "place_changed", "wrong_language_neighbour",
    "foreign_paragraph", "duration_wrong", "colleague_wrong",
}
KEYS = {"id", "split", "language", "today", "situation", "subject", "body", "label", "fault", "note"}

# weekday names and month names per language (target languages and the neighbours used in the set)
WD = {
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
}
MO = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
}
WD["da"] = WD["no"]


def _patterns():
    out = []
    for lang, wds in WD.items():
        w = "|".join(wds.split())
        m = "|".join(MO[lang].split())
        # weekday [en den|den|,] day[.|er|°] [de] month [year]
        out.append((lang, re.compile(
            rf"\b({w})(?:en)?,?(?: den)? (\d{{1,2}})(?:er|°|\.)? (?:de )?({m})\b(?:,? (\d{{4}}))?")))
        if lang == "en":
            out.append((lang, re.compile(rf"\b({w}),? ({m}) (\d{{1,2}})\b(?:,? (\d{{4}}))?")))
    return out


PATTERNS = _patterns()


def _year(month: int, day: int, ref: dt.date | None) -> int:
    """A date written without a year: December is 2026, the rest 2027 (dev/test .. v11); with a reference date
    (v12 on), the year that puts the date nearest to it (a set written against 2028 dates)."""
    if ref is None:
        return 2026 if month == 12 else 2027

    def gap(y: int) -> int:
        try:
            return abs((dt.date(y, month, day) - ref).days)
        except ValueError:  # 29 February outside a leap year
            return 10**6
    return min((ref.year - 1, ref.year, ref.year + 1), key=gap)


def dated_weekdays(text: str, ref: dt.date | None = None) -> list[tuple[str, dt.date, bool]]:
    """Every 'weekday day month' in text: (match, date, weekday matches); ref: see _year."""
    found = []
    for lang, rx in PATTERNS:
        wds = WD[lang].split()
        mos = MO[lang].split()
        for mt in rx.finditer(text):
            g = mt.groups()
            if lang == "en" and g[1] in mos:
                wd, mo, day, yr = g[0], g[1], g[2], g[3]
            else:
                wd, day, mo, yr = g
            month = mos.index(mo) + 1
            year = int(yr) if yr else _year(month, int(day), ref)
            try:
                d = dt.date(year, month, int(day))
            except ValueError:
                found.append((mt.group(0), TODAY, False))
                continue
            found.append((mt.group(0), d, d.weekday() == wds.index(wd)))
    return found


def check(records: list[dict]) -> list[str]:
    errors = []
    split_of: dict[str, str] = {}
    for r in records:
        rid = r.get("id", "?")
        if set(r) != KEYS:
            errors.append(f"{rid}: keys {sorted(set(r) ^ KEYS)}")
            continue
        if r["split"] not in ("dev", "test") or r["today"] != TODAY.isoformat():
            errors.append(f"{rid}: split/today")
        if r["label"] == "correct" and r["fault"] is not None:
            errors.append(f"{rid}: correct with a fault")
        if r["label"] == "flawed" and r["fault"] not in FAULTS:
            errors.append(f"{rid}: flawed without a known fault")
        try:
            s = Situation.model_validate(r["situation"])
        except Exception as e:  # noqa: BLE001 - report any validation error
            errors.append(f"{rid}: invalid situation: {str(e).splitlines()[0]}")
            continue
        if s.language.value != r["language"]:
            errors.append(f"{rid}: language mismatch")
        sid = s.id or rid
        if split_of.setdefault(sid, r["split"]) != r["split"]:
            errors.append(f"{rid}: situation {sid} in both splits")
        sit_times = [t for t in [s.meeting_time, *s.proposed_times] if t]
        for t in sit_times:
            ds = dated_weekdays(t)
            if not ds:
                errors.append(f"{rid}: no dated weekday in situation time {t!r}")
            for m, d, ok in ds:
                if not ok:
                    errors.append(f"{rid}: situation weekday wrong: {m!r}")
                if d <= TODAY:
                    errors.append(f"{rid}: situation time not in the future: {m!r}")
        subj_bad = [m for m, _, ok in dated_weekdays(r["subject"]) if not ok]
        body_bad = [m for m, _, ok in dated_weekdays(r["body"]) if not ok]
        if r["fault"] == "weekday_wrong":
            if not subj_bad or body_bad:
                errors.append(f"{rid}: weekday_wrong must be wrong in the subject only ({subj_bad}, {body_bad})")
        elif subj_bad or body_bad:
            errors.append(f"{rid}: unintended weekday mismatch {subj_bad + body_bad}")
    return errors


def main() -> int:
    records = []
    for split in ("dev", "test"):
        path = HERE / f"{split}.jsonl"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as e:
                print(f"{path.name}:{n}: not JSON: {e}")
                return 1
    errors = check(records)
    counts = collections.Counter((r["language"], r["label"]) for r in records)
    splits = collections.Counter((r["split"], r["language"], r["label"]) for r in records)
    faults = collections.Counter((r["language"], r["fault"]) for r in records if r["fault"])
    print(f"{len(records)} records")
    for lang in ("fr", "it", "nl", "sv", "en"):
        print(f"  {lang}: correct {counts[lang, 'correct']} flawed {counts[lang, 'flawed']}  "
              f"(dev {splits['dev', lang, 'correct']}/{splits['dev', lang, 'flawed']}, "
              f"test {splits['test', lang, 'correct']}/{splits['test', lang, 'flawed']})")
    per_fault = collections.Counter(r["fault"] for r in records if r["fault"])
    print("  faults: " + ", ".join(f"{f} {n}" for f, n in sorted(per_fault.items())))
    for lang in ("fr", "it", "nl", "sv", "en"):
        if counts[lang, "correct"] < 40 or counts[lang, "flawed"] < 40:
            errors.append(f"{lang}: fewer than 40 per label")
    del faults
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
