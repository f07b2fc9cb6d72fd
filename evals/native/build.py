"""Build evals/native/situations.jsonl from the hand-written sources in evals/native/src/<lang>.py.

Each source defines SITS, a list of dicts written as a user would type them (no language, no id); the
builder adds `id` = nat-<lang>-NN and `language`, validates each line as a composer.models.Situation and
writes the raw fields (not the normalised model dump), so the file keeps the user's own typing.
Run: `.venv/bin/python evals/native/build.py`.
"""

from __future__ import annotations

import json
import runpy
import sys
from collections import Counter
from pathlib import Path

from pydantic import ValidationError

from composer.models import Intent, Situation

HERE = Path(__file__).parent
LANGS = ("fr", "it", "nl", "sv", "en")


def main() -> None:
    lines: list[dict] = []
    for lang in LANGS:
        sits = runpy.run_path(str(HERE / "src" / f"{lang}.py"))["SITS"]
        intents: Counter[str] = Counter()
        for n, raw in enumerate(sits, 1):
            line = {"id": f"nat-{lang}-{n:02d}", "language": lang, **raw}
            try:
                Situation.model_validate(line)
            except ValidationError as e:
                sys.exit(f"{line['id']}: {e}")
            intents[raw["intent"]] += 1
            lines.append(line)
        missing = {i.value for i in Intent} - set(intents)
        if missing:
            sys.exit(f"{lang}: intents not covered: {sorted(missing)}")
        print(f"{lang}: {len(sits)} situations; " + ", ".join(f"{k} {v}" for k, v in sorted(intents.items())))
    out = HERE / "situations.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {out.relative_to(HERE.parent.parent)}: {len(lines)} situations")


if __name__ == "__main__":
    main()
