"""Render only the plan corpus's "blind" split (tests/reminders/fixtures/corpus, split "blind").

The blind documents were written and keyed by hand by an evaluator who never read the parser,
to give an honest held-out figure (the "heldout" split was looked at while tuning). They are
rendered with the writers of ``build_plan_corpus.py`` but with their own seeds, so rendering
them does not change any file of the other splits (whose seeds follow the manifest's order).

    .venv/bin/pip install -c constraints.txt -e ".[corpus]"   # reportlab, BSD licence
    .venv/bin/python scripts/build_blind_corpus.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_plan_corpus import ROOT, render

SEED_BASE = 1000


def main() -> None:
    manifest = json.loads((ROOT / "manifest.json").read_text(encoding="utf-8"))
    # By name: the first blind set was spent and is split "tuning" now.
    blind = sorted(name for name in manifest if name.startswith("blind_"))
    for index, name in enumerate(blind):
        render(name, manifest[name]["formats"], SEED_BASE + index * 10)


if __name__ == "__main__":
    main()
