"""Every officer question set scored in one process, one line per split (issue 11).

    python -m tests.knowledge.score_sets [FILE ...] [--misses-dir DIR --held-out SPLIT ...]

With no file, every ``tests/knowledge/*_questions.yaml`` in the officer format (the public Q&A
columns of issue 18 have their own scorer, ``public_eval``). Each line gives the split, its
size and the figures of ``officer_eval.evaluate``: all-parts-correct, yes/no (with its count),
no diacritics, compound, long letters, wrong and missing verdicts, and answers presenting a
repealed rule as current. Loading the knowledge base once for all sets is what makes a
before/after of every set cheap enough to run after each merge.

``--misses-dir`` writes each split's misses there as JSON lines, except the splits named by
``--held-out``: the sets that judge a round are scored in aggregate only, and their misses
must never land on disk where someone fixing the bot could read them.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.knowledge import officer_eval

HERE = Path(__file__).parent
#: question files in another format, scored by their own module
OTHER_FORMATS = frozenset({"public_questions.yaml"})


def default_files() -> list[Path]:
    return [p for p in sorted(HERE.glob("*_questions.yaml")) if p.name not in OTHER_FORMATS]


def line(split: str, report: dict[str, Any]) -> str:
    """The split's one summary line, e.g. ``b36   n=200 all=0.946 yn=0.912(114) …``."""
    kinds, counts = report["by_kind"], report["counts"]
    return (
        f"{split:5} n={report['questions']:3} all={report['all_parts_correct']}"
        f" yn={kinds['yesno']}({counts['yesno']}) nd={kinds['no_diacritics']}"
        f" c={kinds['compound']} lt={kinds['long']} vw={report['verdict_wrong']}"
        f" vm={report['verdict_missing']} rep={report['repealed_as_current']}"
    )


def score(
    kb: Any,
    files: Sequence[Path],
    misses_dir: Path | None = None,
    held_out: frozenset[str] = frozenset(),
) -> list[str]:
    out = []
    for path in files:
        items = officer_eval.load(path)
        for split in sorted({i.split for i in items}):
            selected = [i for i in items if i.split == split]
            if path == officer_eval.QUESTIONS and split == "t":
                # the officer set's tuning half carries the first yes/no tuning set, as
                # ``officer_eval --split t`` does
                selected += officer_eval.load(officer_eval.TUNING_EXTRA)
            report = officer_eval.evaluate(kb, selected)
            misses = report.pop("_misses")
            if misses_dir is not None and split not in held_out:
                misses_dir.mkdir(parents=True, exist_ok=True)
                rows = "\n".join(json.dumps(m, ensure_ascii=False) for m in misses)
                (misses_dir / f"{split}.jsonl").write_text(rows, encoding="utf-8")
            out.append(line(split, report))
            print(out[-1], flush=True)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    from bot.knowledge import KnowledgeBase
    from tests.knowledge.evaluation import CONTENT

    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--misses-dir", type=Path)
    parser.add_argument("--held-out", nargs="*", default=[], metavar="SPLIT")
    args = parser.parse_args(argv)
    score(
        KnowledgeBase.load(CONTENT),
        args.files or default_files(),
        args.misses_dir,
        frozenset(args.held_out),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
