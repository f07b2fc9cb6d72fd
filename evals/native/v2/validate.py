"""Check the held-out v2 native-review situations: each line is a valid Situation, ids are unique, coverage holds.

Usage (from the repository root):  .venv/bin/python evals/native/v2/validate.py
Reads the per-language files fr/it/nl/sv/en.jsonl, writes situations.jsonl (their concatenation, order kept)
and prints a coverage table. Exits 1 on any problem.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from composer.models import Intent, Relationship, Situation, Tone

ROOT = Path(__file__).resolve().parent
LANGS = ("fr", "it", "nl", "sv", "en")
PER_LANGUAGE = 15  # situations expected per language (later sets set their own)
MIN_PER_INTENT = 1  # each intent at least this often per language


def main() -> int:
    errors: list[str] = []
    lines: list[str] = []
    seen: set[str] = set()
    print(f"{'lang':4} {'n':>3} {'formal':>6} {'friendly':>8} " + " ".join(f"{i.value[:8]:>8}" for i in Intent))
    for lang in LANGS:
        path = ROOT / f"{lang}.jsonl"
        if not path.exists():
            continue
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        intents: Counter[str] = Counter()
        pairs: set[tuple[str, str]] = set()
        tones: Counter[str] = Counter()
        no_meeting_policy = 0
        for n, row in enumerate(rows, 1):
            try:
                s = Situation.model_validate(row)
            except Exception as e:  # one clear line per bad row
                errors.append(f"{lang}:{n}: {str(e).splitlines()[0]}")
                continue
            if s.id in seen or s.id != f"{ROOT.name}-{lang}-{n:02d}" or s.language.value != lang:
                errors.append(f"{lang}:{n}: id {s.id!r} duplicated, out of order or wrong language")
            seen.add(s.id or "")
            intents[s.intent.value] += 1
            tones[s.tone.value] += 1
            pairs.add((s.tone.value, s.relationship.value))
            if s.intent is Intent.cancellation_policy and s.meeting is None:
                no_meeting_policy += 1
            lines.append(json.dumps(row, ensure_ascii=False))
        missing = [i.value for i in Intent if intents[i.value] < MIN_PER_INTENT]
        if missing:
            errors.append(f"{lang}: intents covered fewer than {MIN_PER_INTENT} times: {missing}")
        missing_pairs = {(t.value, r.value) for t in Tone for r in Relationship} - pairs
        if missing_pairs:
            errors.append(f"{lang}: tone x relationship not covered: {sorted(missing_pairs)}")
        if not no_meeting_policy:
            errors.append(f"{lang}: no cancellation_policy without a meeting")
        if len(rows) != PER_LANGUAGE:
            errors.append(f"{lang}: {len(rows)} situations, expected {PER_LANGUAGE}")
        print(f"{lang:4} {len(rows):>3} {tones['formal']:>6} {tones['friendly']:>8} "
              + " ".join(f"{intents[i.value]:>8}" for i in Intent))
    (ROOT / "situations.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for e in errors:
        print("PROBLEM", e)
    print(f"{len(lines)} situations written to situations.jsonl")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
