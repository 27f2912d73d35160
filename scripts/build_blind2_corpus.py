"""Render only the plan corpus's second blind split (tests/reminders/fixtures/corpus, "blind2").

The ``blind2_*`` texts were written and keyed by hand by an evaluator who never read the parser,
after the first blind split (``blind_*``) had been spent on tuning. They are rendered with the
writers of ``build_plan_corpus.py`` but with their own seeds, so rendering them changes no file
of the other splits, and ``build_plan_corpus.py`` leaves them alone.

    .venv/bin/pip install -c constraints.txt -e ".[corpus]"   # reportlab, BSD licence
    .venv/bin/python scripts/build_blind2_corpus.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_plan_corpus import ROOT, render

SPLIT = "blind2"
SEED_BASE = 2000


def main() -> None:
    manifest = json.loads((ROOT / "manifest.json").read_text(encoding="utf-8"))
    names = sorted(name for name, entry in manifest.items() if entry["split"] == SPLIT)
    for index, name in enumerate(names):
        render(name, manifest[name]["formats"], SEED_BASE + index * 10)


if __name__ == "__main__":
    main()
