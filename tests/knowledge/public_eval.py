"""Issue 18: the bot on questions readers asked in public legal Q&A (public_questions.yaml).

    python -m tests.knowledge.public_eval            # held-out half, one JSON line
    python -m tests.knowledge.public_eval --split t  # tuning half; --show prints the answers
    python -m tests.knowledge.public_eval --split probes  # law_probes.yaml (tuning only)

Reports how many the bot answers, declines, answers from the law texts, how many answers are
all-parts-correct (answered, and every decisive fact of ``must`` appears, folded as in
officer_eval), and how many present a repealed text or the district level as current.
``--show`` and ``--misses`` are for the tuning half only: the held-out misses are not read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from tests.knowledge.officer_eval import AS_OF, has_fact, presents_repealed

QUESTIONS = Path(__file__).with_name("public_questions.yaml")
#: questions written from the law, article by article (tuning only, never scored as held-out)
PROBES = Path(__file__).with_name("law_probes.yaml")


def load(path: Path = QUESTIONS) -> list[dict[str, Any]]:
    return list(yaml.safe_load(path.read_text("utf-8")))


def correct(item: dict[str, Any], answer: Any) -> bool:
    return bool(answer.answered) and all(has_fact(answer.text, f) for f in item.get("must", []))


def evaluate(kb: Any, items: Sequence[dict[str, Any]]) -> dict[str, Any]:
    answers = [kb.ask(item["q"], AS_OF) for item in items]
    right = sum(correct(item, a) for item, a in zip(items, answers, strict=True))
    return {
        "questions": len(items),
        "answered": sum(a.answered for a in answers),
        "declined": sum(not a.answered for a in answers),
        "all_parts_correct": right,
        "all_parts_correct_rate": round(right / len(items), 3) if items else 0.0,
        "from_law_texts": sum(a.answered and a.text.startswith("**Theo Điều") for a in answers),
        "from_example_plans": sum(a.passage_id is not None for a in answers),
        "repealed_as_current": sum(a.answered and presents_repealed(a.text) for a in answers),
    }


def main(argv: Sequence[str] | None = None) -> int:
    from bot.knowledge.answer import KnowledgeBase
    from bot.knowledge.cli import default_content_dir

    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="h", choices=["h", "t", "all", "probes"])
    parser.add_argument("--show", action="store_true", help="print answers (tuning half only)")
    parser.add_argument("--misses", action="store_true", help="list misses (tuning half only)")
    args = parser.parse_args(argv)
    if (args.show or args.misses) and args.split not in ("t", "probes"):
        parser.error("--show and --misses read the tuning half only (--split t or probes)")
    if args.split == "probes":
        items = load(PROBES)
    else:
        items = [i for i in load() if args.split == "all" or i["split"] == args.split]
    kb = KnowledgeBase.load(default_content_dir())
    if args.show or args.misses:
        for item in items:
            answer = kb.ask(item["q"], AS_OF)
            if args.show or not correct(item, answer):
                missing = [f for f in item.get("must", []) if not has_fact(answer.text, f)]
                print(f"== {item['q']}\nmissing: {missing}\n{answer.text}\n", file=sys.stderr)
    print(json.dumps({"split": args.split, **evaluate(kb, items)}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
