"""Issue 18: the bot on questions readers asked in public legal Q&A (public_questions.yaml).

    python -m tests.knowledge.public_eval            # held-out half, one JSON line
    python -m tests.knowledge.public_eval --split t  # tuning half; --show prints the answers

Reports how many the bot answers, declines, answers from the law texts, and how many answers
present a repealed text or the district level as current (officer_eval's check).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from tests.knowledge.officer_eval import AS_OF, presents_repealed

QUESTIONS = Path(__file__).with_name("public_questions.yaml")


def load(path: Path = QUESTIONS) -> list[dict[str, Any]]:
    return list(yaml.safe_load(path.read_text("utf-8")))


def evaluate(kb: Any, items: Sequence[dict[str, Any]]) -> dict[str, Any]:
    answers = [kb.ask(item["q"], AS_OF) for item in items]
    return {
        "questions": len(items),
        "answered": sum(a.answered for a in answers),
        "declined": sum(not a.answered for a in answers),
        "from_law_texts": sum(a.answered and a.text.startswith("**Theo Điều") for a in answers),
        "from_example_plans": sum(a.passage_id is not None for a in answers),
        "repealed_as_current": sum(a.answered and presents_repealed(a.text) for a in answers),
    }


def main(argv: Sequence[str] | None = None) -> int:
    from bot.knowledge.answer import KnowledgeBase
    from bot.knowledge.cli import default_content_dir

    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="h", choices=["h", "t", "all"])
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    items = [i for i in load() if args.split == "all" or i["split"] == args.split]
    kb = KnowledgeBase.load(default_content_dir())
    if args.show:
        for item in items:
            answer = kb.ask(item["q"], AS_OF)
            print(f"== {item['q']}\n{answer.text}\n", file=sys.stderr)
    print(json.dumps({"split": args.split, **evaluate(kb, items)}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
