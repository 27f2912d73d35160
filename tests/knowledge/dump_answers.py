"""Every answer of every question set, dumped to one JSON file (a refactoring check).

    python -m tests.knowledge.dump_answers OUT.json [--held-out SPLIT ...]

A change that should not alter what users read (moving code, renaming, splitting a module) is
checked by dumping before and after and comparing the two files byte for byte: the answer
text and whether it was answered, for every question of every officer-format set and every
yes/no tuning set (about 11,000 answers, two minutes). The splits named by ``--held-out`` are
written hashed, question and answer alike, so the dump can sit on disk while the judges of a
round stay unread.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from bot.knowledge import KnowledgeBase
from tests.knowledge import officer_eval
from tests.knowledge.evaluation import CONTENT
from tests.knowledge.score_sets import HERE, default_files


def _hashed(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def dump(held_out: frozenset[str]) -> dict[str, str]:
    kb = KnowledgeBase.load(CONTENT)
    out: dict[str, str] = {}
    for path in [*default_files(), *sorted(HERE.glob("yesno_tuning*.yaml"))]:
        for item in officer_eval.load(path):
            found = kb.ask(item.question, officer_eval.AS_OF)
            text = f"{found.answered}|{found.text}"
            question = item.question
            if item.split in held_out:
                text, question = _hashed(text), "#" + _hashed(question)[:16]
            out[f"{path.name}|{item.split}|{question}"] = text
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--held-out", nargs="*", default=[], metavar="SPLIT")
    args = parser.parse_args()
    answers = dump(frozenset(args.held_out))
    args.out.write_text(json.dumps(answers, ensure_ascii=False, indent=0), encoding="utf-8")
    print(len(answers), "answers")


if __name__ == "__main__":
    main()
